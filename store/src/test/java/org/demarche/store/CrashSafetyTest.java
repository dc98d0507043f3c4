package org.demarche.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.demarche.model.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer that dies in the middle of an article leaves no trace of that article. */
class CrashSafetyTest {

  @TempDir
  Path dir;

  @Test
  void connectionDroppedBeforeCommitLeavesNoHalfArticle() throws Exception {
    Path file = dir.resolve("demarche.db");
    Extraction kept = Fixtures.plain("kept", null, "Kept article.");
    try (Database db = Database.open(file)) {
      db.store(kept);
    }
    try (Connection c = Connections.open(StoreConfig.readWrite(file))) {
      Transactions.exec(c, "BEGIN IMMEDIATE");
      new ExtractionWriter(c).write(Fixtures.rich("half"), Instant.now());
      // no COMMIT: the connection goes away with the transaction open
    }
    assertNoHalfArticle(file, kept);
  }

  @Test
  void processKilledBeforeCommitLeavesNoHalfArticle() throws Exception {
    Path file = dir.resolve("demarche.db");
    Extraction kept = Fixtures.plain("kept", null, "Kept article.");
    try (Database db = Database.open(file)) {
      db.store(kept);
    }
    Process child = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        HalfWriter.class.getName(), file.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    String output = new String(child.getInputStream().readAllBytes());
    assertEquals(true, child.waitFor(60, TimeUnit.SECONDS), output);
    assertEquals(HalfWriter.EXIT_CODE, child.exitValue(), output);
    assertEquals("inserted\n", output);
    Path wal = Path.of(file + "-wal");
    assertEquals(true, java.nio.file.Files.size(wal) > 0, "uncommitted pages were spilled into " + wal);
    assertNoHalfArticle(file, kept);
  }

  private static void assertNoHalfArticle(Path file, Extraction kept) throws Exception {
    assertEquals("ok", Tables.integrity(file));
    try (Database db = Database.open(file)) {
      assertEquals(Optional.empty(), db.article("half"));
      assertEquals(Optional.of(kept), db.article("kept"));
      assertEquals(1, db.articleCount());
      for (String table : List.of("quotes", "event_mentions", "events", "mentions", "timexes",
          "article_entities", "entities", "aliases")) {
        assertEquals(0L, Tables.counts(file).get(table), table);
      }
      assertEquals(0, db.search("unbreakable", SearchFilter.none(), 1, 10).total());
      assertEquals(StoreOutcome.STORED, db.store(Fixtures.rich("half")));
      assertEquals(Optional.of(Fixtures.rich("half")), db.article("half"));
    }
  }

  /**
   * Run in a child JVM: stores one article without committing, with a one-page cache so that
   * uncommitted pages spill into the WAL file, then halts the JVM (no shutdown hooks, no close),
   * as a kill would.
   */
  static final class HalfWriter {

    static final int EXIT_CODE = 137;

    public static void main(String[] args) throws Exception {
      Connection c = Connections.open(StoreConfig.readWrite(Path.of(args[0])));
      Transactions.exec(c, "PRAGMA cache_size = 1");
      Transactions.exec(c, "BEGIN IMMEDIATE");
      new ExtractionWriter(c).write(Fixtures.rich("half"), Instant.now());
      System.out.println("inserted");
      System.out.flush();
      Runtime.getRuntime().halt(EXIT_CODE);
    }
  }
}
