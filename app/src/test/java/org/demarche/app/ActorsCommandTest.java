package org.demarche.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code demarche actors explain} and {@code import-petrarch}: output, files and exit codes. */
class ActorsCommandTest {

  @RegisterExtension final CapturedStreams streams = new CapturedStreams();
  private final ByteArrayOutputStream out = streams.out;
  private final ByteArrayOutputStream err = streams.err;

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void explainShowsRuleVariantAndTenureOfATransliteratedName() {
    assertEquals(0, Main.run("actors", "explain", "Toqaev", "--date", "2023-02-28"));
    assertEquals(List.of(
        "Toqaev  (on 2023-02-28)",
        "  \"Toqaev\"  fold: toqaev  key: tokaev",
        "    -> person:kassym-jomart-tokayev  Kassym-Jomart Tokayev  [PERSON]",
        "         rule: alias, matching \"Toqaev\"",
        "         role: President of Kazakhstan (KAZ), tenure 2019-03-20 to open covers the date"),
        out().lines().limit(5).toList());
  }

  @Test
  void explainNamesTheFormerOfficeHolderAndHisHomeCountry() {
    assertEquals(0, Main.run("actors", "explain", "Saakashvili", "--date", "2024-12-01"));
    assertTrue(out().contains("         role: none at the date; acts for GEO (home country); last office: "
        + "Governor of Odesa Oblast 2015-05-30 to 2016-11-09"), out());
  }

  @Test
  void explainShowsBothAliyevsAndWhyOneWasChosen() {
    assertEquals(0, Main.run("actors", "explain", "former President Aliyev", "--date", "2010-01-01"));
    List<String> lines = out().lines().toList();
    assertEquals("    -> person:heydar-aliyev  Heydar Aliyev  [PERSON]", lines.get(2));
    assertEquals("         choice: score 12: 'former' and out of office +12", lines.get(4));
    assertTrue(lines.contains("    (not) person:ilham-aliyev  Ilham Aliyev  [PERSON]"), out());
  }

  @Test
  void explainOfACapitalThatActsGivesItsGovernment() {
    assertEquals(0, Main.run("actors", "explain", "Ankara's call"));
    assertTrue(out().contains("         as a capital or seat: acts (possessive) -> country:tur"), out());
  }

  @Test
  void explainOfAnUnknownNameExitsOne() {
    assertEquals(1, Main.run("actors", "explain", "Xyzzy Plugh"));
    assertTrue(out().contains("not in the gazetteer"), out());
  }

  @Test
  void explainWithABadDateIsAUsageError() {
    assertEquals(2, Main.run("actors", "explain", "Toqaev", "--date", "28.02.2023"));
    assertTrue(err().contains("--date must be YYYY-MM-DD: 28.02.2023"), err());
  }

  @Test
  void explainReadsAUserGazetteerThatAddsAPerson(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.tsv");
    Files.writeString(file, "person\tjane-roe\tJane Roe\tRoe\tKAZ\tAkim of Almaty\t2024-03\t\tf\tmy notes\n",
        StandardCharsets.UTF_8);
    assertEquals(0, Main.run("actors", "explain", "Jane Roe", "--date", "2024-06-01",
        "--gazetteer", file.toString()));
    assertTrue(out().contains("    -> person:jane-roe  Jane Roe  [PERSON]"), out());
    assertTrue(out().contains("role: Akim of Almaty (KAZ), tenure 2024-03-01 to open covers the date"), out());
  }

  @Test
  void explainWithAMissingGazetteerFileIsAUsageError(@TempDir Path dir) {
    assertEquals(2, Main.run("actors", "explain", "Toqaev", "--gazetteer", dir.resolve("none.tsv").toString()));
    assertTrue(err().contains("--gazetteer: no such file"), err());
  }

  @Test
  void importPetrarchWritesAFileThatLoadsAsAGazetteer(@TempDir Path dir) throws Exception {
    Path dictionary = dir.resolve("actors.txt");
    Files.writeString(dictionary, String.join("\n",
        "KAZAKHSTAN_ [KAZ]",
        "JANE_Q_SAMPLE_",
        "+SAMPLE_",
        "\t[KAZGOV 20000101-20041231]",
        "THE_SAMPLE_TREATY_ORGANIZATION_ [IGOSTO]",
        ""), StandardCharsets.UTF_8);
    Path converted = dir.resolve("out.tsv");
    assertEquals(0, Main.run("actors", "import-petrarch", dictionary.toString(), "--out", converted.toString()));
    assertEquals(List.of(
        "# Converted from a PETRARCH/Phoenix actor dictionary by Demarche's PetrarchImporter.",
        "kind\tid\tname\taliases\tcountry\toffice\tfrom\tto\tgender\tprovenance",
        "person\tjane-q-sample\tJane Q Sample\tSample\tKAZ\tGovernment of Kazakhstan (CAMEO KAZGOV)"
            + "\t2000-01-01\t2005-01-01\t\tpetrarch2 (Phoenix, 2014); CAMEO KAZGOV",
        "kind\tid\tname\taliases\tcountry\tseats\tprovenance",
        "organization\tthe-sample-treaty-organization\tThe Sample Treaty Organization\t\t\t\t"
            + "petrarch2 (Phoenix, 2014); CAMEO IGOSTO",
        "# line 1: country-level entry left to countries.tsv: KAZAKHSTAN"),
        Files.readAllLines(converted, StandardCharsets.UTF_8));
    assertTrue(err().contains("1 people, 1 organizations converted; 1 actors left out, 0 lines unreadable"), err());
    out.reset();
    assertEquals(0, Main.run("actors", "explain", "Jane Q Sample", "--date", "2003-01-01",
        "--gazetteer", converted.toString()));
    assertTrue(out().contains("role: Government of Kazakhstan (CAMEO KAZGOV) (KAZ)"), out());
  }

  @Test
  void importPetrarchLeavesOutActorsTheGazetteerHas(@TempDir Path dir) throws Exception {
    Path dictionary = dir.resolve("actors.txt");
    Files.writeString(dictionary, "VLADIMIR_PUTIN_\n\t[RUSGOV 000507-080507]\n", StandardCharsets.UTF_8);
    assertEquals(0, Main.run("actors", "import-petrarch", dictionary.toString()));
    assertTrue(out().contains("# line 1: already in the gazetteer, left out: person:vladimir-putin"), out());
    out.reset();
    assertEquals(0, Main.run("actors", "import-petrarch", dictionary.toString(), "--keep-known"));
    assertTrue(out().contains("person\tvladimir-putin\tVladimir Putin\t\tRUS\tGovernment of Russia (CAMEO RUSGOV)"
        + "\t2000-05-07\t2008-05-08"), out());
  }

  @Test
  void importPetrarchWithUnreadableLinesExitsOneAndNotesThem(@TempDir Path dir) throws Exception {
    Path dictionary = dir.resolve("actors.txt");
    Files.writeString(dictionary, "[XYZGOV]\nBROKEN_DATE_\n\t[TJKGOV 991399-000101]\n", StandardCharsets.UTF_8);
    assertEquals(1, Main.run("actors", "import-petrarch", dictionary.toString()));
    assertTrue(out().contains("# line 1: code without an actor: [XYZGOV]"), out());
    assertTrue(out().contains("# line 3: unreadable code or date: [TJKGOV 991399-000101]"), out());
  }

  @Test
  void importPetrarchOfABinaryFileExitsOneAndWritesNothing(@TempDir Path dir) throws Exception {
    Path dictionary = dir.resolve("actors.bin");
    Files.write(dictionary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
    Path converted = dir.resolve("out.tsv");
    assertEquals(1, Main.run("actors", "import-petrarch", dictionary.toString(), "-o", converted.toString()));
    assertTrue(err().contains("not UTF-8 text; nothing written"), err());
    assertTrue(Files.notExists(converted));
  }

  @Test
  void actorsWithoutSubcommandIsAUsageError() {
    assertEquals(2, Main.run("actors"));
    assertTrue(err().contains("a subcommand is required"), err());
  }

  @Test
  void everyActorsCommandHasHelpAndVersion() {
    for (String[] command : new String[][] {{"actors"}, {"actors", "explain"}, {"actors", "import-petrarch"}}) {
      out.reset();
      String[] help = java.util.Arrays.copyOf(command, command.length + 1);
      help[command.length] = "--help";
      assertEquals(0, Main.run(help), String.join(" ", command));
      assertTrue(out().contains("Usage: demarche " + String.join(" ", command)), out());
      out.reset();
      help[command.length] = "--version";
      assertEquals(0, Main.run(help), String.join(" ", command));
      assertEquals("demarche 0.1.0", out().trim());
    }
  }
}
