package org.demarche.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract that needs no models: help, version, usage errors. */
class MainTest {

  @RegisterExtension final CapturedStreams streams = new CapturedStreams();
  private final ByteArrayOutputStream out = streams.out;
  private final ByteArrayOutputStream err = streams.err;

  @Test
  void versionPrintsTheBuildVersionAndExitsZero() {
    assertEquals(0, Main.run("--version"));
    assertEquals("demarche 0.1.0", out.toString(StandardCharsets.UTF_8).trim());
  }

  @Test
  void everyCommandHasHelpAndVersion() {
    for (String command : new String[] {"extract", "ingest", "export", "serve", "demo", "load-parquet"}) {
      out.reset();
      assertEquals(0, Main.run(command, "--help"), command);
      assertTrue(out.toString(StandardCharsets.UTF_8).contains("Usage: demarche " + command), command);
      out.reset();
      assertEquals(0, Main.run(command, "--version"), command);
      assertEquals("demarche 0.1.0", out.toString(StandardCharsets.UTF_8).trim(), command);
    }
  }

  @Test
  void noCommandIsAUsageError() {
    assertEquals(2, Main.run(new String[0]));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("a command is required"), err.toString());
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertEquals(2, Main.run("frobnicate"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("frobnicate"), err.toString());
  }

  @Test
  void extractWithoutPathIsAUsageError() {
    assertEquals(2, Main.run("extract"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("PATH"), err.toString());
  }

  /**
   * Regression: {@code --gazetteer} naming a missing file exited 1 (as if input had been
   * rejected) instead of 2, and ingest created the database before finding out.
   */
  @Test
  void missingGazetteerFileIsAUsageErrorNamingTheFile(@TempDir Path dir) {
    Path missing = dir.resolve("missing.tsv");
    Path db = dir.resolve("x.db");

    assertEquals(2, Main.run("extract", "--gazetteer", missing.toString(), dir.toString()));
    assertEquals("demarche: --gazetteer: no such file: " + missing,
        err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse(""));
    err.reset();
    assertEquals(2, Main.run("ingest", "--gazetteer", missing.toString(), "--db", db.toString(),
        dir.toString()));
    assertEquals("demarche: --gazetteer: no such file: " + missing,
        err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse(""));
    assertFalse(Files.exists(db), "ingest created the database before checking its options");
  }

  @Test
  void unknownFormatIsAUsageErrorNamingTheValue() {
    assertEquals(2, Main.run("extract", "--format", "xml", "x.txt"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("xml"), err.toString());
  }

  /** load-parquet is listed by the app and run by the Spark module: in the app it says where. */
  @Test
  void loadParquetInTheAppsJvmIsAUsageErrorNamingTheScripts() {
    assertEquals(2, Main.run("load-parquet", "out", "--db", "x.db"));
    assertEquals("demarche: load-parquet runs with Spark on the class path: use the ./demarche script,"
        + " or spark/demarche-spark load-parquet out --db x.db", err.toString(StandardCharsets.UTF_8).trim());
  }

  @Test
  void helpListsLoadParquet() {
    assertEquals(0, Main.run("--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("load-parquet"), out.toString(StandardCharsets.UTF_8));
  }
}
