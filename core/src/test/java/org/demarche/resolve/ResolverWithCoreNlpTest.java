package org.demarche.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.demarche.model.Article;
import org.demarche.model.Entity;
import org.demarche.model.PublishedBasis;
import org.demarche.model.ResolvedArticle;
import org.demarche.nlp.CoreNlpAnnotator;
import org.demarche.nlp.NlpConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The resolver behind the real NLP stage, on sentences written for the test: parts of speech,
 * parses and NER spans as CoreNLP gives them. The models load once for the class.
 */
class ResolverWithCoreNlpTest {

  private static CoreNlpAnnotator nlp;

  @BeforeAll
  static void load() {
    nlp = new CoreNlpAnnotator(NlpConfig.defaults().withThreads(1));
  }

  @AfterAll
  static void release() {
    nlp = null; // the models take a gigabyte: let other test classes have it back
  }

  private static ResolvedArticle resolve(String text, LocalDate date) {
    Article article = new Article("test", "test", null, date, PublishedBasis.HEADER, text, Map.of());
    return Articles.RESOLVER.resolve(nlp.annotate(article, null));
  }

  @Test
  void capitalsActingAndCapitalsAsPlaces() {
    ResolvedArticle r = resolve("Moscow warned Kyiv against new strikes. Talks in Ankara were postponed, "
        + "and Ankara's offer to mediate was rejected by Moscow. Police closed Tbilisi's main avenue.",
        LocalDate.of(2024, 3, 1));
    assertEquals(Map.of("Moscow", "country:rus", "Kyiv", "country:ukr", "Ankara", "location:ankara",
        "Ankara@2", "country:tur", "Moscow@2", "country:rus", "Tbilisi", "location:tbilisi"),
        Articles.mentions(r));
  }

  @Test
  void unknownOfficialsTakeTheCountryOfTheirTitleAndTheirSurnameFollows() {
    ResolvedArticle r = resolve("Kazakh Deputy Foreign Minister Aibek Smadiyarov met Uzbek officials in "
        + "Tashkent on Monday. Smadiyarov said the border would reopen.", LocalDate.of(2024, 3, 1));
    Entity e = Articles.entity(r, "person:aibek-smadiyarov");
    assertEquals(List.of("KAZ", "person:aibek-smadiyarov"),
        List.of(e.country(), Articles.idOf(r, "Smadiyarov")));
  }

  @Test
  void spellingsAndDescriptionsOfOnePersonMeet() {
    ResolvedArticle r = resolve("Qasym-Jomart Toqaev received Turkish Foreign Minister Hakan Fidan in Astana. "
        + "Tokayev said ties were strong, and the Kazakh leader thanked his guest.", LocalDate.of(2025, 2, 28));
    assertEquals(Map.of("Qasym-Jomart Toqaev", "person:kassym-jomart-tokayev", "Turkish", "country:tur",
        "Hakan Fidan", "person:hakan-fidan", "Astana", "location:astana",
        "Tokayev", "person:kassym-jomart-tokayev", "Kazakh", "country:kaz",
        "the Kazakh leader", "person:kassym-jomart-tokayev"), Articles.mentions(r));
  }
}
