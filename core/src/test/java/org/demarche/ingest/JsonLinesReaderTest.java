package org.demarche.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.demarche.model.Article;
import org.demarche.model.Problem;
import org.demarche.model.PublishedBasis;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

  private static CollectingSink read(JsonLinesReader reader, String source, byte[] bytes)
      throws IOException {
    CollectingSink sink = new CollectingSink();
    reader.read(source, new ByteArrayInputStream(bytes), sink);
    return sink;
  }

  private static CollectingSink read(String source, String content) throws IOException {
    return read(new JsonLinesReader(), source, content.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] gzip(String content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void everyFieldLandsWhereItBelongs() throws IOException {
    CollectingSink sink = read("in/batch.jsonl",
        "{\"id\":\"v1\",\"text\":\"Valdor recalled its envoy.\",\"published\":\"2024-05-06\","
            + "\"url\":\"https://example.org/v1\",\"outlet\":\"Valdor Herald\","
            + "\"title\":\"Envoy recalled\",\"lang\":\"en\",\"words\":4,\"tags\":[\"a\",\"b\"]}\n");

    assertEquals(List.of(new Article("v1", "in/batch.jsonl:1", "Valdor Herald",
        LocalDate.of(2024, 5, 6), PublishedBasis.METADATA, "Valdor recalled its envoy.",
        Map.of("url", "https://example.org/v1", "title", "Envoy recalled", "lang", "en",
            "words", "4", "tags", "[\"a\",\"b\"]"))), sink.articles);
    assertEquals(List.of(), sink.problems);
  }

  @Test
  void isoDateTimeKeepsTheDateAsWrittenInItsOwnZone() throws IOException {
    CollectingSink sink = read("b.jsonl",
        "{\"id\":\"v2\",\"text\":\"T.\",\"published\":\"2024-05-06T23:30:00-05:00\"}\n"
            + "{\"id\":\"v3\",\"text\":\"T.\",\"published\":\"2024-05-07T08:00:00.123Z\"}");

    assertEquals(List.of(LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 7)),
        sink.articles.stream().map(Article::published).toList());
  }

  @Test
  void missingIdBecomesFileStemAndLineNumber() throws IOException {
    CollectingSink sink = read("dir/feed.jsonl.gz", "\n{\"text\":\"Kestria protested.\"}\n");

    assertEquals(List.of(new Article("feed-2", "dir/feed.jsonl.gz:2", null, null, null,
        "Kestria protested.", Map.of())), sink.articles);
  }

  @Test
  void badLinesAreReportedAndSkippedWhileTheRestIsRead() throws IOException {
    String content = String.join("\n",
        "{\"id\":\"ok1\",\"text\":\"First.\"}",
        "{\"id\":\"broken\",\"text\":\"unterminated",
        "[1, 2, 3]",
        "{\"id\":\"no-text\",\"title\":\"Only a title\"}",
        "{\"id\":\"num\",\"text\":42}",
        "{\"id\":\"obj\",\"text\":{\"body\":\"nested\"}}",
        "{\"id\":\"blank\",\"text\":\"   \"}",
        "{\"id\":\"ok2\",\"text\":\"Second.\"} trailing",
        "{\"id\":{\"x\":1},\"text\":\"Odd id.\"}",
        "{\"id\":\"ok3\",\"text\":\"Third.\",\"published\":\"yesterday\"}",
        "");

    CollectingSink sink = read("mixed.jsonl", content);

    assertEquals(List.of("ok1", "ok3"), sink.ids());
    assertEquals(List.of(
        new Problem("mixed.jsonl", "line 2", "not valid JSON (at column 36)"),
        new Problem("mixed.jsonl", "line 3", "not a JSON object but an array"),
        new Problem("mixed.jsonl", "line 4", "no \"text\" field"),
        new Problem("mixed.jsonl", "line 5", "\"text\" is a number, not a string"),
        new Problem("mixed.jsonl", "line 6", "\"text\" is an object, not a string"),
        new Problem("mixed.jsonl", "line 7", "\"text\" is blank"),
        new Problem("mixed.jsonl", "line 8", "not valid JSON (at column 39)"),
        new Problem("mixed.jsonl", "line 9", "\"id\" is an object, not a string"),
        new Problem("mixed.jsonl", "line 10", "\"published\" is not a date: \"yesterday\"")),
        sink.problems);
  }

  @Test
  void lineOverTheLimitIsReportedWithoutBeingHeld() throws IOException {
    String longLine = "{\"id\":\"big\",\"text\":\"" + "x".repeat(200) + "\"}";
    CollectingSink sink = read(new JsonLinesReader(new ReadLimits(100)), "big.jsonl",
        ("{\"id\":\"a\",\"text\":\"A.\"}\n" + longLine + "\n{\"id\":\"b\",\"text\":\"B.\"}\n")
            .getBytes(StandardCharsets.UTF_8));

    assertEquals(List.of("a", "b"), sink.ids());
    assertEquals(
        List.of(new Problem("big.jsonl", "line 2", "line too long (222 bytes, limit 100)")),
        sink.problems);
  }

  @Test
  void invalidUtf8OnALineIsReportedWithItsOffsetInTheFile() throws IOException {
    byte[] bytes = "{\"id\":\"a\",\"text\":\"A.\"}\n{\"id\":\"b\",\"text\":\"B?\"}\n"
        .getBytes(StandardCharsets.UTF_8);
    bytes[42] = (byte) 0xFF;

    CollectingSink sink = read(new JsonLinesReader(), "u.jsonl", bytes);

    assertEquals(List.of("a"), sink.ids());
    assertEquals(List.of(new Problem("u.jsonl", "line 2", "not UTF-8 (invalid byte at offset 42)")),
        sink.problems);
  }

  @Test
  void gzippedLinesAreRecognizedByContentNotName() throws IOException {
    CollectingSink sink = read(new JsonLinesReader(), "-",
        gzip("{\"id\":\"g1\",\"text\":\"One.\"}\r\n{\"id\":\"g2\",\"text\":\"Two.\"}\r\n"));

    assertEquals(List.of("g1", "g2"), sink.ids());
    assertEquals("-:2", sink.articles.get(1).sourcePath());
  }

  @Test
  void truncatedGzipKeepsTheArticlesBeforeTheCut() throws IOException {
    StringBuilder content = new StringBuilder();
    for (int i = 1; i <= 200; i++) {
      content.append("{\"id\":\"t").append(i).append("\",\"text\":\"Article number ")
          .append(i).append(" says Kestria and Valdor met again.\"}\n");
    }
    byte[] whole = gzip(content.toString());
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);

    CollectingSink sink = read(new JsonLinesReader(), "cut.jsonl.gz", cut);

    int kept = sink.articles.size();
    assertEquals(true, kept > 0 && kept < 200, "kept " + kept);
    assertEquals(List.of(new Problem("cut.jsonl.gz", "line " + (kept + 1),
        "truncated or corrupt gzip data (Unexpected end of ZLIB input stream)")), sink.problems);
  }

  @Test
  void onlyBlankLinesIsAnEmptyFile() throws IOException {
    CollectingSink sink = read("blank.jsonl", "\n  \n\r\n");

    assertEquals(List.of(new Problem("blank.jsonl", null, "empty file")), sink.problems);
  }

  @Test
  void crlfInsideTheTextIsNormalized() throws IOException {
    CollectingSink sink = read("c.jsonl", "{\"id\":\"c\",\"text\":\"One.\\r\\n\\r\\nTwo.\"}");

    assertEquals("One.\n\nTwo.", sink.articles.get(0).text());
  }
}
