package org.demarche.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: {@code demarche ingest} killed with SIGKILL half-way leaves a database that
 * opens, holds no half-stored and no duplicated article, and a re-run stores the rest.
 */
class IngestCrashIT {

  @TempDir Path dir;

  @Test
  void killedIngestLeavesAConsistentDatabaseAndARerunCompletesIt() throws Exception {
    Path jar = Path.of("target", "demarche.jar").toAbsolutePath();
    Assumptions.assumeTrue(Files.isRegularFile(jar), "IngestCrashIT needs the packaged app: " + jar);
    Path input = Files.createDirectories(dir.resolve("in"));
    int n = 0;
    try (var files = Files.list(Path.of(System.getProperty("demarche.samples")))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        for (int copy = 0; copy < 3; copy++) {
          Files.copy(p, input.resolve("c" + copy + "_" + p.getFileName()));
          n++;
        }
      }
    }
    Path db = dir.resolve("crash.db");
    Process p = ingest(jar, input, db);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (count(db) < 5 && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertTrue(p.isAlive(), "ingest finished before it could be killed; stored " + count(db) + "; its output:\n" + logs());
    p.destroyForcibly(); // SIGKILL on Linux
    p.waitFor(30, TimeUnit.SECONDS);
    int stored = count(db);
    assertTrue(stored >= 5 && stored < n, "stored before the kill: " + stored + " of " + n);
    assertEquals(List.of("ok"), integrity(db));
    assertEquals(0, orphans(db), "rows of articles that are not stored");

    Process rerun = ingest(jar, input, db);
    assertTrue(rerun.waitFor(10, TimeUnit.MINUTES), "re-run did not finish");
    assertEquals(0, rerun.exitValue(), logs());
    assertEquals(n, count(db));
    assertEquals(List.of("ok"), integrity(db));
    assertEquals(0, orphans(db));
  }

  private Process ingest(Path jar, Path input, Path db) throws Exception {
    return new ProcessBuilder("java", "-Xmx2g", "-jar", jar.toString(), "ingest", "-q", "--threads", "1",
        input.toString(), "--db", db.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("ingest-" + System.nanoTime() + ".log").toFile())
        .start();
  }

  private String logs() throws Exception {
    StringBuilder out = new StringBuilder();
    try (var files = Files.list(dir)) {
      for (Path log : files.filter(f -> f.getFileName().toString().endsWith(".log")).sorted().toList()) {
        out.append("== ").append(log.getFileName()).append('\n').append(Files.readString(log));
      }
    }
    return out.toString();
  }

  private static int count(Path db) throws Exception {
    if (!Files.exists(db)) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = 5000");
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM articles")) {
        return r.next() ? r.getInt(1) : 0;
      }
    } catch (java.sql.SQLException e) {
      return 0; // the schema is not there yet
    }
  }

  private static List<String> integrity(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
      List<String> out = new java.util.ArrayList<>();
      while (r.next()) {
        out.add(r.getString(1));
      }
      return out;
    }
  }

  /** Mentions, quotes and timexes whose article is not in the articles table. */
  private static int orphans(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles))"
            + " + (SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT id FROM articles))"
            + " + (SELECT count(*) FROM timexes WHERE article_id NOT IN (SELECT id FROM articles))"
            + " + (SELECT count(*) FROM event_mentions WHERE article_id NOT IN (SELECT id FROM articles))")) {
      return r.next() ? r.getInt(1) : -1;
    }
  }
}
