package org.demarche.resolve.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.demarche.model.EntityType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchImporterTest {

  /** A dictionary written for this test in the Phoenix actor format. */
  private static final String SNIPPET = String.join("\n",
      "# a comment",
      "\t[XYZGOV]",
      "KAZAKHSTAN_",
      "+KAZAKSTAN_ ",
      "\t[USRKAZ <911216]",
      "\t[KAZ >911221]",
      "JOHN_Q_SAMPLE_  # CountryInfo.txt",
      "+SAMPLE_",
      "+PRESIDENT_JOHN_SAMPLE",
      "\t[KAZELI 580101-991231]",
      "\t[KAZGOV 20000101-20041231]",
      "\t[KAZELI]",
      "THE_SAMPLE_TREATY_ORGANIZATION_ [IGOSTO]",
      "STO_\t[IGOSTO] # inline code",
      "FIRST_NAME_WITHOUT_CODE_",
      "SECOND_NAME_SHARING_THE_CODE_",
      "\t[UZBMIL]",
      "BROKEN_DATE_",
      "\t[TJKGOV 991399-000101]",
      "\t[TJKGOV >050101]",
      "---STOP---",
      "AFTER_STOP_ [KGZGOV]");

  @Test
  void snippetConvertsToUserGazetteerRows() {
    List<String> rows = PetrarchImporter.toGazetteerRows(new StringReader(SNIPPET));
    assertEquals(List.of(
        "# Converted from a PETRARCH/Phoenix actor dictionary by Demarche's PetrarchImporter.",
        "kind\tid\tname\taliases\tcountry\toffice\tfrom\tto\tgender\tprovenance",
        "person\tjohn-q-sample\tJohn Q Sample\tSample|President John Sample\tKAZ"
            + "\tElite of Kazakhstan (CAMEO KAZELI)\t1958-01-01\t2000-01-01\t\tpetrarch2 (Phoenix, 2014); CAMEO KAZELI",
        "person\tjohn-q-sample\tJohn Q Sample\t\tKAZ\tGovernment of Kazakhstan (CAMEO KAZGOV)"
            + "\t2000-01-01\t2005-01-01\t\tpetrarch2 (Phoenix, 2014); CAMEO KAZGOV",
        "person\tjohn-q-sample\tJohn Q Sample\t\tKAZ\tElite of Kazakhstan (CAMEO KAZELI)"
            + "\t\t\t\tpetrarch2 (Phoenix, 2014); CAMEO KAZELI",
        "person\tbroken-date\tBroken Date\t\tTJK\tGovernment of Tajikistan (CAMEO TJKGOV)"
            + "\t2005-01-01\t\t\tpetrarch2 (Phoenix, 2014); CAMEO TJKGOV",
        "kind\tid\tname\taliases\tcountry\tseats\tprovenance",
        "organization\tthe-sample-treaty-organization\tThe Sample Treaty Organization\t\t"
            + "\t\tpetrarch2 (Phoenix, 2014); CAMEO IGOSTO",
        "organization\tsto\tSTO\t\t\t\tpetrarch2 (Phoenix, 2014); CAMEO IGOSTO",
        "organization\tfirst-name-without-code\tFirst Name Without Code\tSecond Name Sharing the Code"
            + "\tUZB\t\tpetrarch2 (Phoenix, 2014); CAMEO UZBMIL",
        "# line 2: code without an actor: [XYZGOV]",
        "# line 3: country-level entry left to countries.tsv: KAZAKHSTAN",
        "# line 19: unreadable code or date: [TJKGOV 991399-000101]"),
        rows);
  }

  @Test
  void knownIdsAreLeftOutWithANote() {
    List<String> rows = PetrarchImporter.toGazetteerRows(new StringReader(SNIPPET),
        Set.of("person:john-q-sample"));
    assertTrue(rows.contains("# line 7: already in the gazetteer, left out: person:john-q-sample"));
    assertTrue(rows.stream().noneMatch(r -> r.startsWith("person\tjohn-q-sample")));
  }

  @Test
  void convertedRowsLoadAsAUserGazetteer(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("snippet.tsv");
    Files.write(file, PetrarchImporter.toGazetteerRows(new StringReader(SNIPPET)), StandardCharsets.UTF_8);
    Gazetteer g = Gazetteer.load(List.of(file));
    GazetteerEntry sample = g.byId("person:john-q-sample");
    assertEquals("Government of Kazakhstan (CAMEO KAZGOV)",
        sample.officeAt(java.time.LocalDate.of(2003, 6, 1)).role());
    assertEquals(EntityType.ORGANIZATION, g.byAlias("Second Name Sharing the Code").get(0).type());
  }

  /** Any text in: no exception, and every row has the column count of its kind. */
  @Test
  void randomInputNeverThrowsAndRowsAreWellFormed() {
    Random random = new Random(42);
    String alphabet = "AB_+[]<>-#\t 0123456789KAZGOVELIIGO\n\n\"`|é";
    for (int round = 0; round < 500; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(300);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      for (String row : PetrarchImporter.toGazetteerRows(new StringReader(text.toString()))) {
        if (row.startsWith("person\t")) {
          assertEquals(10, row.split("\t", -1).length, row);
        } else if (row.startsWith("organization\t")) {
          assertEquals(7, row.split("\t", -1).length, row);
        } else {
          assertTrue(row.startsWith("#") || row.startsWith("kind\t"), row);
        }
      }
    }
  }

  @Test
  void phoenixCountriesDictionaryConvertsAndLoads(@TempDir Path dir) throws Exception {
    Path dictionary = Path.of(System.getProperty("demarche.shared", "../shared"),
        "dictionaries", "petrarch2", "Phoenix.Countries.actors.txt");
    Assumptions.assumeTrue(Files.isRegularFile(dictionary),
        "skipped: " + dictionary + " not found (set -Ddemarche.shared to the shared directory)");
    Set<String> known = Gazetteer.loadDefault().entries().stream()
        .map(GazetteerEntry::id).collect(Collectors.toSet());
    List<String> rows;
    // the file holds a few bytes that are not UTF-8: the decoder replaces them
    try (Reader in = new InputStreamReader(Files.newInputStream(dictionary), StandardCharsets.UTF_8)) {
      rows = PetrarchImporter.toGazetteerRows(in, known);
    }
    long people = rows.stream().filter(r -> r.startsWith("person\t")).count();
    assertTrue(people > 10_000, "person rows: " + people);
    Path file = dir.resolve("phoenix.tsv");
    Files.write(file, rows, StandardCharsets.UTF_8);
    Gazetteer g = Gazetteer.load(List.of(file));
    assertTrue(g.entries().size() > Gazetteer.loadDefault().entries().size() + 3_000);
  }
}
