package org.demarche.resolve;

import static org.demarche.resolve.Articles.entity;
import static org.demarche.resolve.Articles.mentions;
import static org.demarche.resolve.Articles.ner;
import static org.demarche.resolve.Articles.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.demarche.model.Entity;
import org.demarche.model.EntityType;
import org.demarche.model.ResolvedArticle;
import org.junit.jupiter.api.Test;

/** People, places and bodies NER finds that the gazetteer does not know. */
class UnknownNamesTest {

  private static final LocalDate DATE = LocalDate.of(2024, 5, 10);

  @Test
  void unknownOfficialTakesTheCountryOfHisTitle() {
    String text = "Ukrainian Deputy Foreign Minister Olena Vasylchuk met Kremlin spokesperson Ivan Sorokin.";
    ResolvedArticle r = resolve(text, DATE, ner(text, "PERSON", "Olena Vasylchuk"),
        ner(text, "PERSON", "Ivan Sorokin"));
    assertEquals(new Entity("person:olena-vasylchuk", "Olena Vasylchuk", EntityType.PERSON, "UKR", null,
        List.of("Olena Vasylchuk")), entity(r, "person:olena-vasylchuk"));
    assertEquals("RUS", entity(r, "person:ivan-sorokin").country());
  }

  @Test
  void unknownPersonTakesTheCountryOfAnAppositionBeforeOrAfterHim() {
    String text = "The commander of Ukraine's navy, Petro Hnatenko, said the port was safe. "
        + "Aigul Nurbekova, a spokeswoman for the Kazakh Foreign Ministry, agreed.";
    ResolvedArticle r = resolve(text, DATE, ner(text, "PERSON", "Petro Hnatenko"),
        ner(text, "PERSON", "Aigul Nurbekova"));
    assertEquals(List.of("UKR", "KAZ"), List.of(entity(r, "person:petro-hnatenko").country(),
        entity(r, "person:aigul-nurbekova").country()));
  }

  @Test
  void clauseAfterACommaIsNoApposition() {
    String text = "Rustam Aliev, the White House said, was detained.";
    ResolvedArticle r = resolve(text, DATE, ner(text, "PERSON", "Rustam Aliev"));
    assertEquals(null, entity(r, "person:rustam-aliev").country());
  }

  @Test
  void surnameBeforeOrAfterTheFullNameIsTheSamePerson() {
    String text = "Vasylchuk arrived late. Olena Vasylchuk then said Vasylchuk would stay.";
    ResolvedArticle r = resolve(text, DATE, ner(text, "PERSON", "Vasylchuk"),
        ner(text, "PERSON", "Olena Vasylchuk"), ner(text, "PERSON", "Vasylchuk", 3));
    assertEquals(Map.of("Vasylchuk", "person:olena-vasylchuk", "Olena Vasylchuk", "person:olena-vasylchuk",
        "Vasylchuk@2", "person:olena-vasylchuk"), mentions(r));
  }

  @Test
  void secondSpellingOfAnUnknownNameIsTheSameEntity() {
    String text = "Olena Vasylchuk arrived. Olena Vasilchuk said the talks went well.";
    ResolvedArticle r = resolve(text, DATE, ner(text, "PERSON", "Olena Vasylchuk"),
        ner(text, "PERSON", "Olena Vasilchuk"));
    assertEquals(Map.of("Olena Vasylchuk", "person:olena-vasylchuk", "Olena Vasilchuk", "person:olena-vasylchuk"),
        mentions(r));
  }

  @Test
  void givenNameAloneIsTheRelativeWhoseFamilyNameTheArticleUses() {
    String text = "Serdar Berdimuhamedow succeeded his father, Gurbanguly, in 2022.";
    ResolvedArticle r = resolve(text, DATE, ner(text, "PERSON", "Gurbanguly"));
    assertEquals(Map.of("Serdar Berdimuhamedow", "person:serdar-berdimuhamedow",
        "Gurbanguly", "person:gurbanguly-berdimuhamedow"), mentions(r));
  }

  @Test
  void unknownPlaceTakesTheCountryItIsSaidToLieIn() {
    String text = "Talks were held in the Zorbek district of Azerbaijan and in Qarabel, Tajikistan.";
    ResolvedArticle r = resolve(text, DATE, ner(text, "LOCATION", "Zorbek"), ner(text, "LOCATION", "Qarabel"));
    assertEquals(List.of("AZE", "TJK"),
        List.of(entity(r, "location:zorbek").country(), entity(r, "location:qarabel").country()));
  }

  @Test
  void unknownPlaceTakesTheLastCountryBeforeItButASeaTakesNone() {
    String text = "Kyrgyz border guards met in the town of Qarabel. Ships crossed the Zorbek Sea.";
    ResolvedArticle r = resolve(text, DATE, ner(text, "LOCATION", "Qarabel"), ner(text, "LOCATION", "Zorbek Sea"));
    assertEquals(List.of("KGZ", "null"), List.of(entity(r, "location:qarabel").country(),
        String.valueOf(entity(r, "location:zorbek-sea").country())));
  }

  @Test
  void misspelledCountryAndPersonAreTheKnownOnes() {
    String text = "Ethopia and Germany agreed, Olaf Sholz said.";
    ResolvedArticle r = resolve(text, LocalDate.of(2023, 1, 10), ner(text, "LOCATION", "Ethopia"),
        ner(text, "PERSON", "Olaf Sholz"));
    assertEquals(Map.of("Ethopia", "country:eth", "Germany", "country:deu", "Olaf Sholz", "person:olaf-scholz"),
        mentions(r));
  }

  @Test
  void placeSpelledLikeAMetonymIsNotThatCountry() {
    String text = "Russian troops advanced near Kremlevo.";
    ResolvedArticle r = resolve(text, DATE, ner(text, "LOCATION", "Kremlevo"));
    assertEquals(Map.of("Russian", "country:rus", "Kremlevo", "location:kremlevo"), mentions(r));
  }

  @Test
  void titleWordsNerTakesForNamesNameNobody() {
    String text = "Defense Secretary Jane Roe spoke. The Cabinet met.";
    ResolvedArticle r = resolve(text, DATE, ner(text, "ORGANIZATION", "Defense"), ner(text, "PERSON", "Jane Roe"),
        ner(text, "ORGANIZATION", "Cabinet"));
    assertEquals(Map.of("Jane Roe", "person:jane-roe"), mentions(r));
  }
}
