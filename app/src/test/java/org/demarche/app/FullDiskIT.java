package org.demarche.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: {@code demarche ingest} writes its database onto a 1 MB tmpfs mounted in a
 * user and mount namespace ({@code unshare -rm}, no root needed where unprivileged user
 * namespaces are allowed; skipped where they are not). The ingest stops with SQLite's
 * {@code database or disk is full} naming the file, exit 1, no stack trace; the database,
 * copied out of the namespace, passes the integrity check and holds only whole articles.
 * {@link BadInputIT} plays the same fault with a size-limited database on any machine.
 */
class FullDiskIT {

  @TempDir Path dir;

  @Test
  void ingestOntoAFullFileSystemStopsWithTheReasonAndKeepsAConsistentDatabase() throws Exception {
    Path jar = Path.of("target", "demarche.jar").toAbsolutePath();
    Assumptions.assumeTrue(Files.isRegularFile(jar), "FullDiskIT needs the packaged app: " + jar);
    Path mount = Files.createDirectories(dir.resolve("tiny"));
    Assumptions.assumeTrue(canMountTmpfs(mount), "FullDiskIT: cannot mount a tmpfs in a user namespace here");

    Path input = Files.createDirectories(dir.resolve("in"));
    int n = 0;
    try (var files = Files.list(Path.of(System.getProperty("demarche.samples")))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        Files.copy(p, input.resolve(p.getFileName()));
        n++;
      }
    }
    Path out = Files.createDirectories(dir.resolve("out"));
    Path db = mount.resolve("news.db");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String script = "mount -t tmpfs -o size=1m tmpfs '" + mount + "' || exit 90\n"
        + "'" + java + "' -Xmx2g -jar '" + jar + "' ingest -q '" + input + "' --db '" + db + "'\n"
        + "echo $? > '" + out.resolve("exit") + "'\n"
        + "cp '" + mount + "'/news.db* '" + out + "'/\n";
    Path log = dir.resolve("ingest.log");
    Process p = new ProcessBuilder("unshare", "-rm", "sh", "-c", script)
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "ingest did not finish");
    String output = Files.readString(log);
    System.out.println(output);

    assertEquals("1", Files.readString(out.resolve("exit")).strip(), output);
    assertTrue(output.contains("demarche: ingest stopped: database or disk is full: " + db
        + " (while storing article "), output);
    assertFalse(output.contains("\tat ") || output.contains("Exception"), output);
    Path copy = out.resolve("news.db");
    assertEquals(List.of("ok"), query(copy, "PRAGMA integrity_check"));
    int stored = Integer.parseInt(query(copy, "SELECT count(*) FROM articles").get(0));
    assertTrue(stored < n, stored + " of " + n + " stored on a 1 MB file system");
    assertEquals(List.of("0"), query(copy, "SELECT (SELECT count(*) FROM mentions WHERE article_id NOT IN"
        + " (SELECT id FROM articles)) + (SELECT count(*) FROM quotes WHERE article_id NOT IN"
        + " (SELECT id FROM articles))"));
    Path figures = Path.of("target", "reliability", "full-disk.txt");
    Files.createDirectories(figures.getParent());
    Files.writeString(figures, String.format("1 MB tmpfs: ingest stopped with 'database or disk is full'"
        + " after %d of %d articles, exit 1, integrity_check ok%n", stored, n));
  }

  private static boolean canMountTmpfs(Path mount) {
    try {
      Process p = new ProcessBuilder("unshare", "-rm", "sh", "-c",
          "mount -t tmpfs -o size=64k tmpfs '" + mount + "'").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  private static List<String> query(Path db, String sql) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        rows.add(r.getString(1));
      }
    }
    return rows;
  }
}
