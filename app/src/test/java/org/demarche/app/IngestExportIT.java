package org.demarche.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest} then {@code export} gives what {@code extract} gives for the same inputs, and
 * ingesting the same input again changes nothing.
 */
class IngestExportIT {

  @TempDir Path dir;

  @Test
  void exportFromTheDatabaseEqualsExtractAndReingestIsIdempotent() throws Exception {
    String samples = System.getProperty("demarche.samples");
    Path db = dir.resolve("d.db");
    assertEquals(0, Main.run("extract", "-q", samples, "--out", dir.resolve("extract.jsonl").toString()));
    assertEquals(0, Main.run("ingest", "-q", samples, "--db", db.toString()));
    assertEquals(0, Main.run("export", "--db", db.toString(), "--out", dir.resolve("export.jsonl").toString()));
    List<JsonNode> extracted = read(dir.resolve("extract.jsonl"));
    List<JsonNode> exported = read(dir.resolve("export.jsonl"));
    assertTrue(extracted.size() >= 12, "samples: " + extracted.size());
    assertEquals(extracted, exported);

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream old = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Main.run("ingest", samples, "--db", db.toString()));
    } finally {
      System.setErr(old);
    }
    String summary = err.toString(StandardCharsets.UTF_8);
    assertTrue(summary.contains("0 stored, " + extracted.size() + " already present, 0 replaced"), summary);
    assertEquals(0, Main.run("export", "--db", db.toString(), "--out", dir.resolve("again.jsonl").toString()));
    assertEquals(exported, read(dir.resolve("again.jsonl")));
  }

  @Test
  void exportWithoutDatabaseIsAUsageError() {
    assertEquals(2, Main.run("export", "--db", dir.resolve("missing.db").toString()));
  }

  private static List<JsonNode> read(Path file) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      out.add(json.readTree(line));
    }
    return out;
  }
}
