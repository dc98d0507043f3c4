package org.demarche.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.demarche.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus of issue #9 at the reader level, each case written by the test: every
 * input is read or rejected with the file, the line or record, and the reason, quickly, and
 * nothing is thrown. The same corpus goes through the command line in the app's
 * {@code BadInputIT}.
 */
class BadInputTest {

  private static final Duration QUICK = Duration.ofSeconds(30);

  @TempDir Path dir;

  private CollectingSink read(String name, byte[] bytes) throws IOException {
    Path file = Files.write(dir.resolve(name), bytes);
    CollectingSink sink = new CollectingSink();
    assertTimeoutPreemptively(QUICK, () -> new Inputs().read(List.of(file.toString()), sink));
    return sink;
  }

  private String path(String name) {
    return dir.resolve(name).toString();
  }

  @Test
  void binaryFileIsRejected() throws IOException {
    byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0};
    assertEquals(List.of(new Problem(path("tool.bin"), null, "binary file")),
        read("tool.bin", elf).problems);
    assertEquals(List.of(new Problem(path("image.txt"), null, "binary file")),
        read("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0}).problems);
  }

  @Test
  void invalidUtf8IsRejectedWithTheOffsetOfTheFirstBadByte() throws IOException {
    byte[] bytes = "Talks in Astana went on \u2014 ".getBytes(StandardCharsets.UTF_8);
    byte[] bad = Arrays.copyOf(bytes, bytes.length + 3);
    bad[bytes.length] = (byte) 0xe2; // a three-byte sequence cut after its first byte
    bad[bytes.length + 1] = 'o';
    bad[bytes.length + 2] = 'k';
    assertEquals(List.of(new Problem(path("cut.txt"), null,
            "not UTF-8 (invalid byte at offset " + bytes.length + ")")),
        read("cut.txt", bad).problems);
  }

  /** Windows-1251 and Latin-1 are rejected, not guessed, with a hint naming the encoding. */
  @Test
  void windows1251AndLatin1AreRejectedWithTheLikelyEncodingAndHowToConvert() throws IOException {
    byte[] cyrillic = "Токаев провёл переговоры с Мирзиёевым в Астане."
        .getBytes(Charset.forName("windows-1251"));
    byte[] latin1 = "Le président s'est rendu à Astana pour des entretiens."
        .getBytes(StandardCharsets.ISO_8859_1);

    assertEquals(List.of(new Problem(path("ru.txt"), null, "not UTF-8 (invalid byte at offset 0);"
            + " looks like Windows-1251 (Cyrillic); convert it to UTF-8, e.g. iconv -f windows-1251"
            + " -t utf-8")),
        read("ru.txt", cyrillic).problems);
    assertEquals(List.of(new Problem(path("fr.txt"), null, "not UTF-8 (invalid byte at offset 5);"
            + " looks like Latin-1 (ISO-8859-1); convert it to UTF-8, e.g. iconv -f latin1 -t utf-8")),
        read("fr.txt", latin1).problems);
  }

  @Test
  void fiftyMegabyteSingleLineIsRejectedBySizeBeforeItIsDecoded() throws IOException {
    Path big = dir.resolve("huge.txt");
    byte[] chunk = "word ".repeat(200_000).getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(big)) {
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
    }
    CollectingSink sink = new CollectingSink();
    long t0 = System.nanoTime();
    assertTimeoutPreemptively(QUICK, () -> new Inputs().read(List.of(big.toString()), sink));
    long millis = (System.nanoTime() - t0) / 1_000_000;

    assertEquals(List.of(new Problem(big.toString(), null, "too large (over 20971520 bytes)")),
        sink.problems);
    assertTrue(millis < 10_000, "took " + millis + " ms");
  }

  @Test
  void zeroByteFileIsEmpty() throws IOException {
    assertEquals(List.of(new Problem(path("zero.txt"), null, "empty file")),
        read("zero.txt", new byte[0]).problems);
  }

  /**
   * Regression (found by {@code ReaderPropertiesTest}): a text of white space that is not ASCII
   * ({@code U+001F}, an em space) or only a byte order mark became an article with blank text.
   */
  @Test
  void textOfUnicodeWhiteSpaceOrOnlyAByteOrderMarkIsAnEmptyFile() throws IOException {
    assertEquals(List.of(new Problem(path("us.txt"), null, "empty file")),
        read("us.txt", "\u001f\u2003".getBytes(StandardCharsets.UTF_8)).problems);
    assertEquals(List.of(new Problem(path("bom.txt"), null, "empty file")),
        read("bom.txt", new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}).problems);
    assertEquals(List.of(new Problem(path("blank.jsonl"), "line 1", "\"text\" is blank")),
        read("blank.jsonl", "{\"text\":\"\\ufeff\"}\n".getBytes(StandardCharsets.UTF_8)).problems);
  }

  @Test
  void jsonLinesBadLinesAreReportedByLineAndTheGoodOnesRead() throws IOException {
    String feed = String.join("\n",
        "{\"id\":\"ok1\",\"text\":\"Baku and Yerevan met.\"}",
        "{\"id\":\"broken\" \"text\":\"x\"}",
        "{\"id\":\"cut\",\"text\":\"The talks were",
        "{\"id\":\"num\",\"text\":42}",
        "{\"id\":\"arr\",\"text\":[\"a\",\"b\"]}",
        "{\"id\":\"long\",\"text\":\"" + "a".repeat(1_000) + "\"}",
        "{\"id\":\"ok2\",\"text\":\"" + "Long but within the byte limit. ".repeat(10) + "\"}",
        "[1,2,3]",
        "{\"id\":\"ok3\",\"text\":\"Tashkent hosted the summit.\"}") + "\n";
    Path file = Files.writeString(dir.resolve("feed.jsonl"), feed);
    CollectingSink sink = new CollectingSink();

    new Inputs(new ReadLimits(800, 300), InputStream::nullInputStream)
        .read(List.of(file.toString()), sink);

    String f = file.toString();
    assertEquals(List.of("ok1", "ok3"), sink.ids());
    assertEquals(List.of(
        new Problem(f, "line 2", "not valid JSON (at column 16)"),
        new Problem(f, "line 3", "not valid JSON (at column 35)"),
        new Problem(f, "line 4", "\"text\" is a number, not a string"),
        new Problem(f, "line 5", "\"text\" is an array, not a string"),
        new Problem(f, "line 6", "line too long (1023 bytes, limit 800)"),
        new Problem(f, "line 7", "text too long (320 characters, limit 300)"),
        new Problem(f, "line 8", "not a JSON object but an array")),
        sink.problems);
  }

  @Test
  void truncatedGzipKeepsTheLinesBeforeTheCut() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      for (int i = 1; i <= 200; i++) {
        gz.write(("{\"id\":\"g" + i + "\",\"text\":\"Article number " + i + " on the Caspian"
            + " pipeline and the tariffs agreed in Baku.\"}\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] gz = out.toByteArray();
    CollectingSink sink = read("feed.jsonl.gz", Arrays.copyOf(gz, gz.length / 2));

    assertTrue(sink.articles.size() > 10 && sink.articles.size() < 200, sink.ids().toString());
    assertEquals(1, sink.problems.size(), sink.problems.toString());
    Problem p = sink.problems.get(0);
    assertEquals("line " + (sink.articles.size() + 1), p.location());
    assertTrue(p.reason().startsWith("truncated or corrupt gzip data"), p.reason());
  }

  @Test
  void truncatedWarcRecordIsReportedByRecordAndTheRecordsBeforeAreKept() throws IOException {
    byte[] warc = new WarcFixtures(false)
        .html("https://a.example/1", WarcFixtures.page("One", null, "The first story."))
        .html("https://a.example/2", WarcFixtures.page("Two", null, "The second story."))
        .bytes();
    CollectingSink sink = read("crawl.warc", Arrays.copyOf(warc, warc.length - 40));

    assertEquals(List.of(WarcReader.idFor("https://a.example/1")), sink.ids());
    assertEquals(List.of(new Problem(path("crawl.warc"), "record 2", "truncated or corrupt record")),
        sink.problems.stream().map(p -> new Problem(p.source(), p.location(),
            p.reason().replaceAll(" \\(.*", ""))).toList());
  }

  @Test
  void htmlNestedAHundredThousandLevelsDeepIsRejectedQuickly() throws IOException {
    String html = "<html><body>" + "<blockquote>".repeat(100_000)
        + "<p>Deep inside, the envoy spoke.</p>" + "</blockquote>".repeat(100_000) + "</body></html>";
    long t0 = System.nanoTime();
    CollectingSink sink = read("deep.html", html.getBytes(StandardCharsets.UTF_8));
    long millis = (System.nanoTime() - t0) / 1_000_000;

    assertEquals(List.of(new Problem(path("deep.html"), null,
        "nested too deeply (100004 levels, limit 1000)")), sink.problems);
    assertTrue(millis < 15_000, "took " + millis + " ms");
  }

  /**
   * Regression: boilerplate removal asked {@code Element.is} of every element, which walks to
   * the root: a page nested 100,000 deep took 22 s, and one nested 900 deep under boilerplate
   * classes is still read.
   */
  @Test
  void htmlNestedDeepButWithinTheLimitIsRead() throws IOException {
    String html = "<html><body>" + "<div class=\"ad wrap\">".repeat(900)
        + "<p>Deep inside, the envoy spoke.</p>" + "</div>".repeat(900) + "</body></html>";
    CollectingSink sink = read("nested.html", html.getBytes(StandardCharsets.UTF_8));

    assertEquals(List.of(), sink.problems);
    assertEquals("Deep inside, the envoy spoke.", sink.articles.get(0).text());
  }

  @Test
  void quotesOnlyAndUnbalancedQuotesAreOrdinaryText() throws IOException {
    String quotes = "\u201cWe will not accept this.\u201d\n\n\u201cNever.\u201d\n\n\"Not now, not later.\"";
    String unbalanced = "He said \u201cthe border is closed and \"nobody\u201d knows \u00ab why.\n\"";
    assertEquals(quotes, read("quotes.txt", quotes.getBytes(StandardCharsets.UTF_8))
        .articles.get(0).text());
    assertEquals(unbalanced, read("unbalanced.txt", unbalanced.getBytes(StandardCharsets.UTF_8))
        .articles.get(0).text());
  }

  @Test
  void tenThousandSentencesWithoutPunctuationAreRejectedByLengthBeforeNlp() throws IOException {
    String sentence = "the delegation discussed water sharing along the river ";
    CollectingSink sink = read("run-on.txt",
        sentence.repeat(10_000).getBytes(StandardCharsets.US_ASCII));

    assertEquals(List.of(new Problem(path("run-on.txt"), null,
        "text too long (" + sentence.length() * 10_000 + " characters, limit 200000)")),
        sink.problems);
  }
}
