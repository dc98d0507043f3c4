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

/** The resolver over articles written for the tests, without CoreNLP. */
class GazetteerActorResolverTest {

  private static final LocalDate FEB_2023 = LocalDate.of(2023, 2, 28);

  @Test
  void transliteratedAndCyrillicSpellingsResolveToSameActor() {
    ResolvedArticle r = resolve("Qasym-Zhomart Toqaev met Sadyr Zhaparov. Токаев and Japarov signed a treaty.",
        FEB_2023);
    assertEquals(Map.of(
        "Qasym-Zhomart Toqaev", "person:kassym-jomart-tokayev",
        "Sadyr Zhaparov", "person:sadyr-japarov",
        "Токаев", "person:kassym-jomart-tokayev",
        "Japarov", "person:sadyr-japarov"), mentions(r));
    assertEquals(new Entity("person:kassym-jomart-tokayev", "Kassym-Jomart Tokayev", EntityType.PERSON,
        "KAZ", "President of Kazakhstan", entity(r, "person:kassym-jomart-tokayev").aliases()),
        entity(r, "person:kassym-jomart-tokayev"));
  }

  /** Regression: "President Xi Jinping" matched the alias "President Xi" and lost "Jinping". */
  @Test
  void titleBeforeAFullNameLeavesTheFullName() {
    ResolvedArticle r = resolve("Chinese President Xi Jinping met Turkmen leaders.", FEB_2023);
    assertEquals(Map.of("Chinese", "country:chn", "Xi Jinping", "person:xi-jinping", "Turkmen", "country:tkm"),
        mentions(r));
  }

  /** Regression: Lugansk in a story about Kazakhstan went to the Kazakh village. */
  @Test
  void luganskNextToDonetskIsTheUkrainianCityInAKazakhStory() {
    ResolvedArticle r = resolve("Tokayev said in Astana that Kazakhstan would not recognize Lugansk and "
        + "Donetsk, in eastern Ukraine. Kazakhstan wants peace.", FEB_2023);
    assertEquals("location:luhansk", Articles.idOf(r, "Lugansk"));
  }

  @Test
  void luganskNextToPavlodarIsTheKazakhVillage() {
    ResolvedArticle r = resolve("Farmers in the village of Lugansk in Pavlodar region harvested wheat.", FEB_2023);
    assertEquals("location:lugansk-kaz", Articles.idOf(r, "Lugansk"));
  }

  @Test
  void aliyevAloneIsTheAliyevTheArticleNamesInFull() {
    ResolvedArticle r = resolve("Heydar Aliyev founded the party in 1992. Aliyev was its first leader.", FEB_2023);
    assertEquals("person:heydar-aliyev", Articles.idOf(r, "Aliyev"));
  }

  @Test
  void aliyevAloneIsThePresidentInOfficeAndFormerAliyevIsHisFather() {
    assertEquals("person:ilham-aliyev", Articles.idOf(resolve("Aliyev met Putin.", FEB_2023), "Aliyev"));
    assertEquals("person:heydar-aliyev",
        Articles.idOf(resolve("The former President Aliyev died in 2003.", FEB_2023), "Aliyev"));
  }

  /** Regression: Mikheil Saakashvili came out Ukrainian, from his last office (Odesa, to 2016). */
  @Test
  void formerOfficeHolderActsForHisHomeCountryWithoutARole() {
    ResolvedArticle dated = resolve("Supporters of Mikheil Saakashvili rallied.", LocalDate.of(2024, 12, 1));
    Entity e = entity(dated, "person:mikheil-saakashvili");
    assertEquals(List.of("GEO", "null"), List.of(e.country(), String.valueOf(e.role())));
  }

  @Test
  void undatedFormerOfficeHolderHoldsHisPrincipalOffice() {
    Entity saakashvili = entity(resolve("Supporters of Mikheil Saakashvili rallied.", null),
        "person:mikheil-saakashvili");
    assertEquals(List.of("GEO", "President of Georgia"), List.of(saakashvili.country(), saakashvili.role()));
    Entity raisi = entity(resolve("Ebrahim Raisi spoke.", null), "person:ebrahim-raisi");
    assertEquals(List.of("IRN", "President of Iran"), List.of(raisi.country(), raisi.role()));
  }

  @Test
  void tenureAtTheArticleDateGivesRoleAndCountry() {
    Entity in2005 = entity(resolve("Tokayev spoke.", LocalDate.of(2005, 3, 1)), "person:kassym-jomart-tokayev");
    assertEquals(List.of("KAZ", "Foreign Minister of Kazakhstan"), List.of(in2005.country(), in2005.role()));
    Entity in2012 = entity(resolve("Tokayev spoke.", LocalDate.of(2012, 3, 1)), "person:kassym-jomart-tokayev");
    assertEquals(List.of("null", "Director-General of the United Nations Office at Geneva"),
        List.of(String.valueOf(in2012.country()), in2012.role()));
  }

  @Test
  void capitalThatActsIsItsGovernmentAndCapitalAsAPlaceIsTheCity() {
    ResolvedArticle r = resolve("Moscow warned that talks in Ankara would fail. "
        + "Ankara's call was rejected by Kyiv. Prisoners were exchanged between Moscow and Kyiv. "
        + "Crowds filled Tbilisi's main avenue. Police detained protesters in the capital, Tbilisi.", FEB_2023);
    assertEquals(Map.of(
        "Moscow", "country:rus",
        "Ankara", "location:ankara",
        "Ankara@2", "country:tur",
        "Kyiv", "country:ukr",
        "Moscow@2", "country:rus",
        "Kyiv@2", "country:ukr",
        "Tbilisi", "location:tbilisi",
        "Tbilisi@2", "location:tbilisi"), mentions(r));
  }

  @Test
  void capitalBeforeAColonAtTheStartOfAHeadlineSpeaks() {
    ResolvedArticle r = resolve("Kabul: Tajiks must not meddle in our affairs.", FEB_2023);
    assertEquals("country:afg", Articles.idOf(r, "Kabul"));
  }

  @Test
  void seatOfTheEuropeanUnionActsForItAndIsAPlaceOtherwise() {
    ResolvedArticle r = resolve("Brussels pressed the five governments. The summit in Brussels ended.", FEB_2023);
    assertEquals(Map.of("Brussels", "org:eu", "Brussels@2", "location:brussels"), mentions(r));
  }

  @Test
  void sharedNameOfASecurityServiceGoesToTheCountryOfTheStory() {
    ResolvedArticle r = resolve("Kyrgyzstan's State Committee for National Security opened a case. "
        + "The GKNB said hackers attacked Kyrgyz ministries.", FEB_2023);
    assertEquals(List.of("org:kgz-gknb", "org:kgz-gknb"),
        List.of(Articles.idOf(r, "State Committee for National Security"), Articles.idOf(r, "GKNB")));
  }

  @Test
  void dependentTerritoryActsForItsSovereign() {
    Entity e = entity(resolve("Unrest in New Caledonia continued.", FEB_2023), "country:ncl");
    assertEquals("FRA", e.country());
  }

  @Test
  void lowerCaseProvinceAfterAPlaceNameIsNotPartOfTheName() {
    ResolvedArticle r = resolve("The road runs through the Tavush province of Armenia.", FEB_2023);
    assertEquals(Map.of("Tavush", "location:tavush", "Armenia", "country:arm"), mentions(r));
  }

  @Test
  void surnameOfAnotherPersonInsideAnUnknownNameIsNotThatPerson() {
    String text = "General Michel Aoun left Beirut. Aoun said he would return.";
    ResolvedArticle r = resolve(text, FEB_2023, ner(text, "PERSON", "Michel Aoun"), ner(text, "PERSON", "Aoun", 2));
    assertEquals(Map.of("Michel Aoun", "person:michel-aoun", "Beirut", "location:beirut",
        "Aoun", "person:michel-aoun"), mentions(r));
  }

  @Test
  void organizationAroundACountryNameIsAnOrganizationOfThatCountry() {
    String text = "Kyrgyzstan Air Cargo suspended flights. The Uzbek Ministry of Water Resources objected.";
    ResolvedArticle r = resolve(text, FEB_2023, ner(text, "ORGANIZATION", "Kyrgyzstan Air Cargo"),
        ner(text, "ORGANIZATION", "Uzbek Ministry of Water Resources"));
    assertEquals(Map.of("Kyrgyzstan Air Cargo", "org:kyrgyzstan-air-cargo", "Uzbek", "country:uzb"),
        mentions(r));
    assertEquals("KGZ", entity(r, "org:kyrgyzstan-air-cargo").country());
  }
}
