package org.demarche.resolve;

import static org.demarche.resolve.Articles.mentions;
import static org.demarche.resolve.Articles.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.demarche.model.ResolvedArticle;
import org.junit.jupiter.api.Test;

/** Descriptions that stand for the person in a role. */
class DescriptionsTest {

  private static final LocalDate DATE = LocalDate.of(2023, 2, 28);

  @Test
  void descriptionAfterTheNameIsThatPerson() {
    ResolvedArticle r = resolve("Tokayev spoke first. The talks went well, the Kazakh leader said.", DATE);
    assertEquals(Map.of("Tokayev", "person:kassym-jomart-tokayev", "Kazakh", "country:kaz",
        "the Kazakh leader", "person:kassym-jomart-tokayev"), mentions(r));
  }

  @Test
  void counterpartAndDiplomaticHeadAreTheOfficeHoldersAtTheDate() {
    ResolvedArticle r = resolve("Putin phoned his Azerbaijani counterpart. The US diplomatic head arrived.", DATE);
    assertEquals("person:ilham-aliyev", Articles.idOf(r, "his Azerbaijani counterpart"));
    assertEquals("person:antony-blinken", Articles.idOf(r, "The US diplomatic head"));
  }

  @Test
  void presidentOfACountryIsThatCountrysPresidentNotTheOneNamedBefore() {
    ResolvedArticle r = resolve("Putin offered to meet the president of Armenia.", DATE);
    assertEquals("person:vahagn-khachaturyan", Articles.idOf(r, "the president"));
  }
}
