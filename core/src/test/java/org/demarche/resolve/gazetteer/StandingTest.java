package org.demarche.resolve.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.demarche.model.EntityType;
import org.junit.jupiter.api.Test;

/** What a person is at a date: the office held, or their home country out of office. */
class StandingTest {

  private static final Office PRESIDENT_1 = new Office("President of Georgia", "GEO",
      LocalDate.of(2004, 1, 25), LocalDate.of(2007, 11, 25));
  private static final Office PRESIDENT_2 = new Office("President of Georgia", "GEO",
      LocalDate.of(2008, 1, 20), LocalDate.of(2013, 11, 17));
  private static final Office GOVERNOR = new Office("Governor of Odesa Oblast", "UKR",
      LocalDate.of(2015, 5, 30), LocalDate.of(2016, 11, 9));
  private static final GazetteerEntry SAAKASHVILI = person(List.of(PRESIDENT_1, PRESIDENT_2, GOVERNOR));

  private static GazetteerEntry person(List<Office> offices) {
    return new GazetteerEntry("person:mikheil-saakashvili", EntityType.PERSON, "Mikheil Saakashvili",
        "GEO", List.of(), List.of(), offices, "m", null, "test");
  }

  @Test
  void tenureCoveringTheDateGivesRoleAndCountry() {
    assertEquals(new Standing(Standing.Basis.IN_OFFICE, GOVERNOR, "Governor of Odesa Oblast", "UKR"),
        SAAKASHVILI.standingAt(LocalDate.of(2016, 1, 1)));
  }

  /** Regression: out of office in 2024 he was exported as Ukrainian, from his last office. */
  @Test
  void outOfOfficeThePersonActsForTheCountryHeServedLongest() {
    assertEquals(new Standing(Standing.Basis.OUT_OF_OFFICE, GOVERNOR, null, "GEO"),
        SAAKASHVILI.standingAt(LocalDate.of(2024, 12, 1)));
    assertEquals(new Standing(Standing.Basis.OUT_OF_OFFICE, PRESIDENT_1, null, "GEO"),
        SAAKASHVILI.standingAt(LocalDate.of(2007, 12, 1)));
    assertEquals(new Standing(Standing.Basis.OUT_OF_OFFICE, null, null, "GEO"),
        SAAKASHVILI.standingAt(LocalDate.of(2000, 1, 1)));
  }

  @Test
  void undatedWithAllTenuresEndedGivesThePrincipalOffice() {
    assertEquals(new Standing(Standing.Basis.PRINCIPAL_OFFICE, PRESIDENT_2, "President of Georgia", "GEO"),
        SAAKASHVILI.standingAt(null));
  }

  @Test
  void undatedWithAnOpenTenureGivesIt() {
    Office president = new Office("President of Ukraine", "UKR", LocalDate.of(2019, 5, 20), null);
    GazetteerEntry zelenskyy = new GazetteerEntry("person:volodymyr-zelenskyy", EntityType.PERSON,
        "Volodymyr Zelenskyy", "UKR", List.of(), List.of(), List.of(president), "m", null, "test");
    assertEquals(new Standing(Standing.Basis.LATEST_OFFICE, president, "President of Ukraine", "UKR"),
        zelenskyy.standingAt(null));
  }

  @Test
  void internationalPostHasNoCountryAndOnlyInternationalPostsNoHomeCountry() {
    Office un = new Office("Secretary-General of the United Nations", null, LocalDate.of(2017, 1, 1), null);
    GazetteerEntry guterres = new GazetteerEntry("person:antonio-guterres", EntityType.PERSON,
        "António Guterres", null, List.of(), List.of(), List.of(un), "m", null, "test");
    assertEquals(new Standing(Standing.Basis.IN_OFFICE, un, "Secretary-General of the United Nations", null),
        guterres.standingAt(LocalDate.of(2020, 1, 1)));
    assertEquals(null, guterres.homeCountry(LocalDate.of(2010, 1, 1)));
  }

  @Test
  void entryWithoutOfficesKeepsItsCountry() {
    GazetteerEntry kazakhstan = new GazetteerEntry("country:kaz", EntityType.COUNTRY, "Kazakhstan", "KAZ",
        List.of(), List.of(), List.of(), null, null, "test");
    assertEquals(new Standing(Standing.Basis.NO_OFFICES, null, null, "KAZ"), kazakhstan.standingAt(null));
  }

  @Test
  void roleWithoutAnOfficeIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Standing(Standing.Basis.OUT_OF_OFFICE, null, "President of Georgia", "GEO"));
    assertEquals("OUT_OF_OFFICE holds no office, so no role: President of Georgia", e.getMessage());
  }

  @Test
  void shippedEntryOfAFormerPresidentActsForHisHomeCountry() {
    assertEquals("GEO", Gazetteer.loadDefault().byId("person:mikheil-saakashvili").country());
  }
}
