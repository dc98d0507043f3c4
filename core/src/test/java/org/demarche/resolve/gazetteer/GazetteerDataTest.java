package org.demarche.resolve.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.demarche.model.Entity;
import org.demarche.model.EntityType;
import org.junit.jupiter.api.Test;

/** Checks on the shipped data files themselves. */
class GazetteerDataTest {

  private static final Gazetteer G = Gazetteer.loadDefault();

  private static List<TsvRow> rows(String file, List<String> header) throws Exception {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        GazetteerDataTest.class.getResourceAsStream("/org/demarche/gazetteer/" + file),
        StandardCharsets.UTF_8))) {
      return TsvReader.read(in, file, header);
    }
  }

  private static List<GazetteerEntry> ofType(EntityType type) {
    return G.entries().stream().filter(e -> e.type() == type).collect(Collectors.toList());
  }

  @Test
  void everyIsoCountryAndKosovoIsPresentAndNothingElse() throws Exception {
    Set<String> expected = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    expected.add("XKX");
    Set<String> actual = new TreeSet<>();
    for (TsvRow row : rows("countries.tsv", CountryRow.HEADER)) {
      actual.add(row.required("iso3"));
    }
    assertEquals(expected, actual);
    assertEquals(250, ofType(EntityType.COUNTRY).size());
  }

  @Test
  void filesHoldEnoughRows() {
    assertTrue(ofType(EntityType.ORGANIZATION).size() >= 150, "organizations");
    assertTrue(ofType(EntityType.PERSON).size() >= 400, "people");
    long places = ofType(EntityType.LOCATION).stream().filter(e -> e.capitalOf() == null).count();
    assertTrue(places >= 150, "places other than capitals: " + places);
  }

  @Test
  void everyCountryCodeInEveryEntryAndOfficeIsValid() {
    Set<String> valid = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    valid.add("XKX");
    for (GazetteerEntry e : G.entries()) {
      for (String code : e.countries()) {
        assertTrue(valid.contains(code), e.id() + " has country " + code);
      }
      if (e.capitalOf() != null) {
        assertTrue(valid.contains(e.capitalOf()), e.id());
      }
    }
  }

  @Test
  void idsAreUniquePerKindAndEachPersonIsOneBlockOfRows() throws Exception {
    assertUnique(rows("organizations.tsv", OrganizationRow.HEADER), "id");
    assertUnique(rows("places.tsv", PlaceRow.HEADER), "id");
    assertUnique(rows("countries.tsv", CountryRow.HEADER), "iso3");
    List<String> blocks = new ArrayList<>();
    for (TsvRow row : rows("people.tsv", PersonRow.HEADER)) {
      String id = row.required("id");
      if (blocks.isEmpty() || !blocks.get(blocks.size() - 1).equals(id)) {
        assertFalse(blocks.contains(id), "person " + id + " appears in two places, line " + row.line());
        blocks.add(id);
        assertNotNull(row.text("name"), "first row of " + id + " needs a name");
        assertNotNull(row.text("gender"), "first row of " + id + " needs a gender");
      }
    }
  }

  @Test
  void placesDoNotReuseCapitalIds() throws Exception {
    Set<String> capitals = G.entries().stream().filter(e -> e.capitalOf() != null)
        .map(GazetteerEntry::id).collect(Collectors.toSet());
    for (TsvRow row : rows("places.tsv", PlaceRow.HEADER)) {
      assertFalse(capitals.contains("location:" + row.required("id")),
          "places.tsv line " + row.line() + " repeats a capital: " + row.required("id"));
    }
  }

  @Test
  void everyPersonHasAnOfficeAndAGender() {
    for (GazetteerEntry p : ofType(EntityType.PERSON)) {
      assertFalse(p.offices().isEmpty(), p.id());
      assertNotNull(p.gender(), p.id());
    }
  }

  @Test
  void officesOfOnePersonDoNotOverlapWithinARole() {
    for (GazetteerEntry p : ofType(EntityType.PERSON)) {
      List<Office> offices = p.offices();
      for (int i = 0; i < offices.size(); i++) {
        for (int j = i + 1; j < offices.size(); j++) {
          Office a = offices.get(i);
          Office b = offices.get(j);
          if (a.role().equals(b.role())) {
            assertFalse(overlap(a, b), p.id() + ": " + a + " overlaps " + b);
          }
        }
      }
    }
  }

  /** Two people do not hold a head-of-state, head-of-government or foreign-minister post at once. */
  @Test
  void holdersOfOneTopPostDoNotOverlapExceptActingOnes() throws Exception {
    Map<String, List<TsvRow>> byRole = new HashMap<>();
    for (TsvRow row : rows("people.tsv", PersonRow.HEADER)) {
      String role = row.required("office");
      boolean top = role.matches("(President|Prime Minister|Premier|Chancellor|Foreign Minister"
          + "|Foreign Secretary|Secretary of State|Secretary[- ]General|King|Emir|Supreme Leader)\\b.*");
      if (top && !row.required("provenance").contains("acting")) {
        byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(row);
      }
    }
    List<String> clashes = new ArrayList<>();
    for (List<TsvRow> holders : byRole.values()) {
      for (int i = 0; i < holders.size(); i++) {
        for (int j = i + 1; j < holders.size(); j++) {
          PersonRow a = PersonRow.from(holders.get(i));
          PersonRow b = PersonRow.from(holders.get(j));
          if (!a.id().equals(b.id()) && overlap(a.office(), b.office())) {
            clashes.add(a.id() + " / " + b.id() + " as " + a.office().role()
                + " (lines " + a.row().line() + ", " + b.row().line() + ")");
          }
        }
      }
    }
    assertEquals(List.of(), clashes);
  }

  @Test
  void demonymsBelongToOneCountryEach() throws Exception {
    Map<String, String> seen = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (TsvRow row : rows("countries.tsv", CountryRow.HEADER)) {
      for (String demonym : row.list("demonyms")) {
        String old = seen.put(NameKey.of(demonym), row.required("iso3"));
        if (old != null) {
          clashes.add(demonym + ": " + old + " and " + row.required("iso3"));
        }
      }
    }
    assertEquals(List.of(), clashes);
  }

  @Test
  void everyEntryIsAValidExportEntity() {
    for (GazetteerEntry e : G.entries()) {
      new Entity(e.id(), e.name(), e.type(), e.country(), null, e.aliases());
    }
  }

  @Test
  void everyCountryWithACapitalHasACapitalLocation() {
    Map<String, String> capitals = new HashMap<>();
    for (GazetteerEntry e : ofType(EntityType.LOCATION)) {
      if (e.capitalOf() != null) {
        assertEquals(G.country(e.capitalOf()).country(), e.country(), e.id());
        assertEquals(null, capitals.put(e.capitalOf(), e.id()), "two capitals of " + e.capitalOf());
      }
    }
    assertTrue(capitals.size() >= 235, "capitals: " + capitals.size());
    assertEquals("location:astana", capitals.get("KAZ"));
    assertEquals("location:kingston", capitals.get("JAM"));
    assertEquals("location:kingston-nfk", capitals.get("NFK"));
  }

  private static boolean overlap(Office a, Office b) {
    boolean aEndsFirst = a.to() != null && b.from() != null && !a.to().isAfter(b.from());
    boolean bEndsFirst = b.to() != null && a.from() != null && !b.to().isAfter(a.from());
    return !aEndsFirst && !bEndsFirst;
  }

  private static void assertUnique(List<TsvRow> rows, String column) {
    Map<String, Integer> seen = new HashMap<>();
    for (TsvRow row : rows) {
      Integer old = seen.put(row.required(column), row.line());
      assertEquals(null, old, row.source() + ":" + row.line() + " repeats " + row.required(column));
    }
  }
}
