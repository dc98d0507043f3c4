package org.demarche.resolve.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.demarche.model.EntityType;
import org.junit.jupiter.api.Test;

class GazetteerEntryTest {

  private static final Office FM_1 = new Office("Foreign Minister of Kazakhstan", "KAZ",
      LocalDate.of(1994, 10, 13), LocalDate.of(1999, 10, 1));
  private static final Office PM = new Office("Prime Minister of Kazakhstan", "KAZ",
      LocalDate.of(1999, 10, 1), LocalDate.of(2002, 1, 28));
  private static final Office UN = new Office("Director-General of the United Nations Office at Geneva",
      null, LocalDate.of(2011, 3, 12), LocalDate.of(2013, 10, 16));
  private static final Office SENATE = new Office("Chairman of the Senate of Kazakhstan", "KAZ",
      LocalDate.of(2007, 1, 11), LocalDate.of(2011, 4, 15));
  private static final Office PRESIDENT =
      new Office("President of Kazakhstan", "KAZ", LocalDate.of(2019, 3, 20), null);

  private static GazetteerEntry person(List<Office> offices) {
    return new GazetteerEntry("person:kassym-jomart-tokayev", EntityType.PERSON,
        "Kassym-Jomart Tokayev", "KAZ", List.of("Tokayev", "Kassym-Jomart Tokayev", "Toqaev"),
        List.of(), List.of(), offices, "m", null, null, "test");
  }

  @Test
  void officeAtPicksTheTenureCoveringTheDate() {
    GazetteerEntry tokayev = person(List.of(FM_1, PM, SENATE, UN, PRESIDENT));
    assertEquals(FM_1, tokayev.officeAt(LocalDate.of(1999, 9, 30)));
    assertEquals(PM, tokayev.officeAt(LocalDate.of(1999, 10, 1)));
    assertEquals(PRESIDENT, tokayev.officeAt(LocalDate.of(2022, 1, 5)));
  }

  @Test
  void overlappingTenuresGiveTheOneThatStartedLast() {
    GazetteerEntry tokayev = person(List.of(SENATE, UN));
    assertEquals(UN, tokayev.officeAt(LocalDate.of(2011, 4, 1)));
  }

  @Test
  void dateOutsideAllTenuresOrNullGivesTheLatest() {
    GazetteerEntry tokayev = person(List.of(PRESIDENT, FM_1, UN));
    assertEquals(PRESIDENT, tokayev.officeAt(null));
    assertEquals(PRESIDENT, tokayev.officeAt(LocalDate.of(1980, 1, 1)));
    GazetteerEntry retired = person(List.of(FM_1, UN, PM));
    assertEquals(UN, retired.officeAt(LocalDate.of(2005, 1, 1)));
  }

  @Test
  void noOfficesGivesNull() {
    assertNull(person(List.of()).officeAt(LocalDate.of(2020, 1, 1)));
  }

  @Test
  void aliasesStartWithTheNameWithoutDuplicates() {
    assertEquals(List.of("Kassym-Jomart Tokayev", "Tokayev", "Toqaev"), person(List.of()).aliases());
  }

  @Test
  void idPrefixMustMatchType() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new GazetteerEntry("org:kaz", EntityType.COUNTRY, "Kazakhstan", "KAZ", List.of(),
            List.of(), List.of(), List.of(), null, null, null, "test"));
    assertEquals("id org:kaz does not match type COUNTRY", e.getMessage());
  }

  @Test
  void genderIsOnlyForPeople() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new GazetteerEntry("org:ots", EntityType.ORGANIZATION, "OTS", null, List.of(),
            List.of(), List.of(), List.of(), "f", null, null, "test"));
    assertEquals("gender of org:ots must be m, f or null: f", e.getMessage());
  }
}
