package org.demarche.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus of issue #9 through the real command line, in this one JVM so that the
 * CoreNLP models load once: {@code extract} and {@code ingest} report every bad file by file,
 * line or record and reason, extract the rest and exit 1; an article over its time budget is
 * reported and skipped; a size-limited database ({@code ingest --db-limit}) fills up and stays
 * consistent, with a message that says so. Nothing prints a stack trace. Measured figures go
 * to {@code target/reliability/bad-input.txt} for RELIABILITY.md.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputIT {

  @TempDir static Path dir;
  static Path corpus;
  static final StringBuilder figures = new StringBuilder();

  /** What one run of the command line did. */
  record Run(int exit, String stderr, double seconds) {

    List<String> rejected() {
      return stderr.lines().filter(l -> l.startsWith("demarche: rejected ")).toList();
    }
  }

  static Run run(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream old = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    long t0 = System.nanoTime();
    int exit;
    try {
      exit = Main.run(args);
    } finally {
      System.setErr(old);
    }
    Run r = new Run(exit, err.toString(StandardCharsets.UTF_8), (System.nanoTime() - t0) / 1e9);
    System.out.println("$ demarche " + String.join(" ", args) + "  -> exit " + exit + "\n" + r.stderr);
    return r;
  }

  @BeforeAll
  static void writeCorpus() throws IOException {
    long t0 = System.nanoTime();
    corpus = BadInputCorpus.write(dir.resolve("corpus"));
    figures.append(String.format("corpus written in %.1f s%n", (System.nanoTime() - t0) / 1e9));
  }

  @Test
  @Order(1)
  void extractReportsEveryBadInputAndExtractsTheRest() throws IOException {
    Path out = dir.resolve("out.jsonl");
    Run r = run("extract", "--out", out.toString(), corpus.toString());

    assertEquals(1, r.exit(), r.stderr());
    assertEquals(problems(BadInputCorpus.expectedProblems(corpus)), problems(r.rejected()), r.stderr());
    assertEquals(new TreeSet<>(BadInputCorpus.EXPECTED_IDS), ids(out));
    assertNoStackTrace(r);
    for (JsonNode a : articles(out)) {
      String text = a.get("text").asText();
      for (JsonNode q : a.get("quotes")) {
        assertEquals(q.get("text").asText(),
            text.substring(q.get("start").asInt(), q.get("end").asInt()), a.get("id").asText());
      }
    }
    figures.append(String.format("extract over the corpus (%d rejections, %d articles): %.1f s, with"
        + " the model load unless an earlier test in this JVM loaded them%n", r.rejected().size(),
        BadInputCorpus.EXPECTED_IDS.size(), r.seconds()));
  }

  @Test
  @Order(2)
  void fiftyMegabyteFileIsRejectedInAFractionOfASecond() {
    Path huge = corpus.resolve("huge_single_line.txt");
    Run r = run("extract", "-q", "--out", dir.resolve("huge.jsonl").toString(), huge.toString());

    assertEquals(1, r.exit(), r.stderr());
    assertEquals(List.of("demarche: rejected " + huge + ": too large (over 20971520 bytes)"), r.rejected());
    assertTrue(r.seconds() < 10, r.seconds() + " s");
    figures.append(String.format("50 MB single-line file rejected in %.2f s (whole extract command,"
        + " models already loaded)%n", r.seconds()));
  }

  /**
   * One article far over a one-second budget is reported and skipped, and the command ends
   * right after (the worker stops at its next stage). The next command extracts normally: the
   * abandoned work leaves nothing behind. (That the rest of a batch goes on after an article
   * over its budget is {@code BatchExtractorTest}'s: in one run, the slow article's NLP also
   * slows the articles beside it on this 2-core machine, so their timing is not the test's.)
   */
  @Test
  @Order(3)
  void articleOverItsTimeBudgetIsReportedAndSkipped() throws IOException {
    // 150,000 characters of event sentences: within the length limit, far over one second
    Path slow = Files.writeString(dir.resolve("slow.txt"), ("Kazakhstan and Uzbekistan signed an agreement "
        + "on water in Astana on Monday, and Russia rejected the proposal of Georgia. ").repeat(1_250));
    Run r = run("extract", "--time-budget", "1", "--out", dir.resolve("slow.jsonl").toString(),
        slow.toString());

    assertEquals(1, r.exit(), r.stderr());
    assertEquals(List.of("demarche: rejected " + slow + ": article slow took longer than 1 s; skipped"),
        r.rejected());
    assertEquals(Set.of(), ids(dir.resolve("slow.jsonl")));
    assertTrue(r.seconds() < 30, r.seconds() + " s");
    figures.append(String.format("150,000-character article over a 1 s budget reported and skipped;"
        + " the command ended after %.1f s%n", r.seconds()));

    Path quick = Files.writeString(dir.resolve("quick.txt"), "Baku welcomed the envoy.");
    Run next = run("extract", "--out", dir.resolve("quick.jsonl").toString(), quick.toString());
    assertEquals(0, next.exit(), next.stderr());
    assertEquals(Set.of("quick"), ids(dir.resolve("quick.jsonl")));
  }

  @Test
  @Order(4)
  void ingestStoresTheGoodArticlesAndReRunningChangesNothing() throws Exception {
    Path db = dir.resolve("bad.db");
    Run first = run("ingest", corpus.toString(), "--db", db.toString());
    assertEquals(1, first.exit(), first.stderr());
    assertEquals(problems(BadInputCorpus.expectedProblems(corpus)), problems(first.rejected()));
    assertNoStackTrace(first);
    assertEquals(new TreeSet<>(BadInputCorpus.EXPECTED_IDS), storedIds(db));

    Run again = run("ingest", corpus.toString(), "--db", db.toString());
    assertEquals(1, again.exit(), again.stderr());
    assertTrue(again.stderr().contains("0 stored, " + BadInputCorpus.EXPECTED_IDS.size()
        + " already present"), again.stderr());
    assertEquals(List.of("ok"), integrity(db));
  }

  @Test
  @Order(5)
  void goodInputExitsZeroAndUsageErrorsExitTwo() throws IOException {
    Path good = Files.createDirectories(dir.resolve("good"));
    Files.copy(corpus.resolve("a_good.txt"), good.resolve("a_good.txt"));
    assertEquals(0, run("extract", "--out", dir.resolve("good.jsonl").toString(), good.toString()).exit());
    assertEquals(2, run("extract", "--threads", "0", good.toString()).exit());
    assertEquals(2, run("extract", "--time-budget", "0", good.toString()).exit());
    assertEquals(2, run("ingest", "--db-limit", "lots", good.toString(), "--db",
        dir.resolve("never.db").toString()).exit());
    assertFalse(Files.exists(dir.resolve("never.db")));
  }

  /**
   * A full disk, played by a size-limited database: the articles stored before stay, the file
   * passes SQLite's integrity check, and the user reads what happened and to which file.
   */
  @Test
  @Order(6)
  void fullDatabaseStopsTheIngestWithAClearMessageAndLosesNothingStored() throws Exception {
    Path samples = Path.of(System.getProperty("demarche.samples"));
    List<Path> files;
    try (var list = Files.list(samples)) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    Path first = Files.createDirectories(dir.resolve("first"));
    Path rest = Files.createDirectories(dir.resolve("rest"));
    for (int i = 0; i < files.size(); i++) {
      Files.copy(files.get(i), (i < 3 ? first : rest).resolve(files.get(i).getFileName()));
    }
    Path db = dir.resolve("full.db");
    assertEquals(0, run("ingest", first.toString(), "--db", db.toString()).exit());
    Set<String> before = storedIds(db);
    long size = logicalSize(db);

    Run full = run("ingest", rest.toString(), "--db", db.toString(), "--db-limit", Long.toString(size));

    assertEquals(1, full.exit(), full.stderr());
    assertTrue(full.stderr().contains("demarche: ingest stopped: database or disk is full: " + db
        + " (while storing article "), full.stderr());
    assertNoStackTrace(full);
    assertEquals(List.of("ok"), integrity(db));
    Set<String> after = storedIds(db);
    assertTrue(after.containsAll(before), after.toString());
    assertTrue(after.size() < files.size(), after.toString());
    assertEquals(0, orphans(db));
    figures.append(String.format("size-limited database (%,d bytes): ingest stopped after %d of %d new"
        + " articles, exit 1, integrity_check ok, the %d stored before kept%n", size,
        after.size() - before.size(), files.size() - 3, before.size()));

    Run rerun = run("ingest", rest.toString(), "--db", db.toString());
    assertEquals(0, rerun.exit(), rerun.stderr());
    assertEquals(files.size(), storedIds(db).size());
    writeFigures();
  }

  private static void writeFigures() throws IOException {
    Path out = Path.of("target", "reliability", "bad-input.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, figures.toString());
    System.out.println(figures);
  }

  private static void assertNoStackTrace(Run r) {
    assertFalse(r.stderr().lines().anyMatch(l -> l.startsWith("\tat ") || l.contains("Exception:")),
        r.stderr());
  }

  /** File-and-place to reason, from expected problems. */
  private static Map<String, String> problems(Map<String, String> expected) {
    return new TreeMap<>(expected);
  }

  /**
   * File-and-place to reason, from the CLI's {@code demarche: rejected FILE[:PLACE]: REASON}
   * lines; a reason with details in parentheses after the expected words is cut to them.
   */
  private static Map<String, String> problems(List<String> rejected) {
    Map<String, String> out = new TreeMap<>();
    for (String line : rejected) {
      String rest = line.substring("demarche: rejected ".length());
      int sep = rest.indexOf(": ");
      String where = rest.substring(0, sep);
      String reason = rest.substring(sep + 2);
      if (reason.startsWith("truncated or corrupt")) {
        // the library's words after the reason vary with the library version
        reason = reason.replaceAll(" \\(.*\\)$", "");
      }
      out.put(where, reason);
    }
    return out;
  }

  private static List<JsonNode> articles(Path jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl)) {
      out.add(json.readTree(line));
    }
    return out;
  }

  private static Set<String> ids(Path jsonl) throws IOException {
    Set<String> ids = new TreeSet<>();
    articles(jsonl).forEach(a -> ids.add(a.get("id").asText()));
    return ids;
  }

  private static Set<String> storedIds(Path db) throws Exception {
    Set<String> ids = new TreeSet<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT id FROM articles")) {
      while (r.next()) {
        ids.add(r.getString(1));
      }
    }
    return ids;
  }

  private static long logicalSize(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      long pages = s.executeQuery("PRAGMA page_count").getLong(1);
      return pages * s.executeQuery("PRAGMA page_size").getLong(1);
    }
  }

  private static List<String> integrity(Path db) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  private static int orphans(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles))"
            + " + (SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT id FROM articles))"
            + " + (SELECT count(*) FROM timexes WHERE article_id NOT IN (SELECT id FROM articles))"
            + " + (SELECT count(*) FROM event_mentions WHERE article_id NOT IN (SELECT id FROM articles))")) {
      return r.getInt(1);
    }
  }
}
