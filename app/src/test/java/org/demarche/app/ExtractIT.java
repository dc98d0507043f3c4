package org.demarche.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demarche extract} end to end, in one run (loading the models takes a while): the
 * sample articles, the seed articles when {@code ../shared} is there, and a batch of bad input
 * that must be reported by file and reason while the rest is exported.
 */
class ExtractIT {

  @TempDir static Path dir;
  static int exitCode;
  static String stderr;
  static List<JsonNode> articles = new ArrayList<>();

  @BeforeAll
  static void extract() throws Exception {
    Path bad = Files.createDirectories(dir.resolve("bad"));
    Files.writeString(bad.resolve("good.txt"), " date 2024-03-05\nASTANA, March 5 -- Kazakhstan and Uzbekistan "
        + "signed a water agreement on Tuesday. \"This is a good day for the region,\" Tokayev said.\n");
    Files.write(bad.resolve("binary.bin"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3, (byte) 0xff, 0, 0});
    Files.write(bad.resolve("latin1.txt"), "Caf\u00e9 in Almaty".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(bad.resolve("empty.txt"), new byte[0]);
    Files.writeString(bad.resolve("feed.jsonl"),
        "{\"id\": \"j1\", \"text\": \"Ankara hosted talks with Baku on Monday.\", \"published\": \"2024-01-08\"}\n"
            + "{\"id\": \"j2\", \"text\": \"truncated\n"
            + "{\"id\": \"j3\", \"body\": \"no text field\"}\n"
            + "{\"id\": \"j4\", \"text\": 42}\n"
            + "{\"id\": \"j5\", \"text\": \"Georgia rejected the proposal of Russia.\"}\n");
    List<String> args = new ArrayList<>(List.of("extract", "--out", dir.resolve("out.jsonl").toString(),
        System.getProperty("demarche.samples"), bad.toString()));
    Path seeds = Path.of(System.getProperty("demarche.shared", "/nonexistent"), "corpus", "seeds");
    if (Files.isDirectory(seeds)) {
      args.add(seeds.toString());
    } else {
      System.out.println("ExtractIT: " + seeds + " not found; the seed articles are not checked");
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream old = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      exitCode = Main.run(args.toArray(String[]::new));
    } finally {
      System.setErr(old);
    }
    stderr = err.toString(StandardCharsets.UTF_8);
    System.out.println(stderr);
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r = Files.newBufferedReader(dir.resolve("out.jsonl"))) {
      String line;
      while ((line = r.readLine()) != null) {
        articles.add(json.readTree(line));
      }
    }
  }

  @Test
  void someInputRejectedGivesExitCodeOne() {
    assertEquals(1, exitCode, stderr);
  }

  @Test
  void badInputIsReportedByFileAndReason() {
    List<String> rejected = stderr.lines().filter(l -> l.startsWith("demarche: rejected ")).toList();
    assertTrue(rejected.stream().anyMatch(l -> l.contains("binary.bin")), stderr);
    assertTrue(rejected.stream().anyMatch(l -> l.contains("latin1.txt") && l.contains("UTF-8")), stderr);
    assertTrue(rejected.stream().anyMatch(l -> l.contains("empty.txt") && l.contains("empty")), stderr);
    assertTrue(rejected.stream().anyMatch(l -> l.contains("feed.jsonl") && l.contains("line 2")), stderr);
    assertTrue(rejected.stream().anyMatch(l -> l.contains("feed.jsonl") && l.contains("line 3")), stderr);
    assertTrue(rejected.stream().anyMatch(l -> l.contains("feed.jsonl") && l.contains("line 4")), stderr);
    assertEquals(6, rejected.size(), stderr);
  }

  @Test
  void theRestOfTheBatchIsExported() {
    Set<String> ids = new TreeSet<>();
    articles.forEach(a -> ids.add(a.get("id").asText()));
    assertTrue(ids.containsAll(Set.of("good", "j1", "j5", "s01_fidan_tokayev_astana",
        "s19_kazakhstan_cpc_drone_appeal")), ids.toString());
    assertTrue(ids.stream().noneMatch(id -> id.startsWith("binary") || id.startsWith("latin1")
        || id.startsWith("empty") || id.equals("j2") || id.equals("j3") || id.equals("j4")), ids.toString());
  }

  @Test
  void headerDateIsRemovedFromTheTextAndReported() {
    JsonNode good = byId("good");
    assertEquals("2024-03-05", good.get("published").asText());
    assertEquals("header", good.get("publishedBasis").asText());
    assertTrue(good.get("text").asText().startsWith("ASTANA, March 5 -- Kazakhstan"), good.get("text").asText());
  }

  @Test
  void everyOffsetSlicesTheStoredTextToItsText() {
    int checked = 0;
    for (JsonNode a : articles) {
      String text = a.get("text").asText();
      String id = a.get("id").asText();
      for (JsonNode e : a.get("entities")) {
        for (JsonNode m : e.get("mentions")) {
          assertEquals(m.get("text").asText(), slice(text, m), id + " mention of " + e.get("id"));
          checked++;
        }
      }
      for (JsonNode q : a.get("quotes")) {
        assertEquals(q.get("text").asText(), slice(text, q), id + " quote");
        checked++;
      }
      for (JsonNode t : a.get("timexes")) {
        assertEquals(t.get("text").asText(), slice(text, t), id + " timex");
        checked++;
      }
      for (JsonNode ev : a.get("events")) {
        assertEquals(ev.get("evidence").asText(),
            text.substring(ev.get("evidenceStart").asInt(), ev.get("evidenceEnd").asInt()), id + " event");
        checked++;
      }
    }
    assertTrue(checked > 500, "only " + checked + " offsets checked");
  }

  @Test
  void everySampleArticleIsExported() throws Exception {
    Set<String> expected = new TreeSet<>();
    try (var files = Files.list(Path.of(System.getProperty("demarche.samples")))) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .forEach(n -> expected.add(n.substring(0, n.length() - 4)));
    }
    Set<String> ids = new TreeSet<>();
    articles.forEach(a -> ids.add(a.get("id").asText()));
    assertTrue(expected.size() >= 12, expected.toString());
    assertTrue(ids.containsAll(expected), ids.toString());
  }

  private static String slice(String text, JsonNode n) {
    return text.substring(n.get("start").asInt(), n.get("end").asInt());
  }

  private static JsonNode byId(String id) {
    return articles.stream().filter(a -> a.get("id").asText().equals(id)).findFirst().orElseThrow();
  }
}
