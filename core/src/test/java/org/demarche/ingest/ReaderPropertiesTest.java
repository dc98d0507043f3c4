package org.demarche.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;
import org.demarche.model.Article;
import org.demarche.model.Dateline;
import org.demarche.model.Problem;

/**
 * Property tests of every reader and parser in {@code ingest}: any input, no exception, and what
 * comes out is sound (an article has non-blank text without {@code \r}; a problem names the
 * source; a span lies within the text and slices to the text it claims). Inputs are random
 * strings and bytes, and random arrangements of the pieces each format is made of.
 */
class ReaderPropertiesTest {

  /** Pieces of every input format, so that random input often gets past the first check. */
  private static final List<String> PIECES = List.of(
      "{", "}", "[", "]", "\"", ":", ",", "\\", "\\u00e9", "\\ud800", "null", "42", "true",
      "\"id\"", "\"text\"", "\"published\"", "\"outlet\"", "\"2024-02-30\"", "\"2024-02-28\"",
      "<html>", "<article>", "</article>", "<p>", "</p>", "<main>", "<div class=\"related\">",
      "</div>", "<meta charset=koi8-r>", "<meta charset=\"nope\">", "<time datetime=\"x\">",
      "<script>", "<!--", "-->", "<h1>", "<br>", "&amp;", "&#0;", "&#xD800;",
      "date 2023-01-01 ", "date 2023-13-45\n", "ASTANA, Feb 28 (EFE).- ", "MOSCOW, May 27 (Reuters) -",
      "BAKU, Azerbaijan, March 1, 2023 -- ", "(TASS)", "—", "–", "-", ".-", "\n", "\r\n", "\r",
      "\t", " ", "\u00a0", "\ufeff", "Жé", "\u201c", "\u201d", "«", "»", "Tokayev said", "x");

  private final List<ArticleReader> readers = List.of(new PlainTextReader(), new JsonLinesReader(),
      new HtmlReader(), new WarcReader());

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMaxSize(60)
        .map(l -> String.join("", l));
    return Arbitraries.oneOf(pieces, Arbitraries.strings().ofMaxLength(300),
        Arbitraries.strings().withChars("ab .,-\n\"'()«»“”").ofMaxLength(300));
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(500);
    Arbitrary<byte[]> utf8 = texts().map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> gzipped = utf8.map(ReaderPropertiesTest::gzip);
    Arbitrary<byte[]> truncatedGzip = Combinators.combine(gzipped, Arbitraries.doubles().between(0, 1))
        .as((b, cut) -> Arrays.copyOf(b, (int) (b.length * cut)));
    return Arbitraries.oneOf(random, utf8, gzipped, truncatedGzip);
  }

  @Provide
  Arbitrary<LocalDate> knownDates() {
    return Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 12, 31))
        .injectNull(0.3);
  }

  @Property
  void anyBytesIntoAnyReaderGiveSoundArticlesAndProblems(@ForAll("bytes") byte[] input)
      throws IOException {
    for (ArticleReader reader : readers) {
      CollectingSink sink = read(reader, "in", input);
      assertSound("in", sink);
    }
  }

  @Property(tries = 100)
  void warcRecordCutAnywhereIsReportedNotThrown(@ForAll("texts") String body,
      @ForAll @IntRange(min = 0, max = 1000) int cutPermille, @ForAll boolean gzip)
      throws IOException {
    byte[] warc = new WarcFixtures(gzip)
        .html("https://a.example/1", WarcFixtures.page("T", null, "First story."))
        .html("https://a.example/2", body)
        .bytes();
    byte[] cut = Arrays.copyOf(warc, (int) ((long) warc.length * cutPermille / 1000));
    CollectingSink sink = read(new WarcReader(), "cut.warc", cut);
    assertSound("cut.warc", sink);
    for (Problem p : sink.problems) {
      assertTrue(p.location() == null || p.location().startsWith("record "), p.toString());
    }
  }

  @Property
  void anyJsonLineGivesOneArticleOrProblemsForThatLine(@ForAll("jsonLines") String line,
      @ForAll @IntRange(min = 1, max = 1_000_000) int number) {
    CollectingSink sink = new CollectingSink();
    JsonLineParser.parse("feed.jsonl", number, line, sink);
    assertSound("feed.jsonl", sink);
    assertTrue(sink.articles.size() <= 1, sink.articles.toString());
    assertFalse(sink.articles.isEmpty() && sink.problems.size() > 1, sink.problems.toString());
    for (Problem p : sink.problems) {
      assertEquals("line " + number, p.location(), p.toString());
    }
  }

  /** JSON objects whose fields have random names, types and values, some cut short. */
  @Provide
  Arbitrary<String> jsonLines() {
    Arbitrary<String> value = Arbitraries.oneOf(
        texts().map(ReaderPropertiesTest::jsonString), Arbitraries.integers().map(String::valueOf),
        Arbitraries.of("null", "true", "[]", "{}", "[1,\"a\"]", "{\"a\":1}", "1e999", "-0"));
    Arbitrary<String> name = Arbitraries.of("id", "text", "published", "outlet", "url", "title", "x");
    Arbitrary<String> field = Combinators.combine(name, value).as((n, v) -> "\"" + n + "\":" + v);
    Arbitrary<String> object = field.list().ofMaxSize(6).map(l -> "{" + String.join(",", l) + "}");
    Arbitrary<String> cut = Combinators.combine(object, Arbitraries.doubles().between(0, 1))
        .as((s, f) -> s.substring(0, (int) (s.length() * f)));
    return Arbitraries.oneOf(object, cut, texts());
  }

  @Property
  void anyHtmlGivesATextAndNeverThrows(@ForAll("html") String html) {
    ExtractedPage page = new HtmlExtractor().extract(html, "");
    assertNotNull(page.text());
    assertTrue(page.refusal() == null || page.text().isEmpty(), page.toString());
  }

  /** Random tag soup, nested up to a few hundred levels. */
  @Provide
  Arbitrary<String> html() {
    Arbitrary<String> open = Arbitraries.of("<div>", "<p>", "<article>", "<main>", "<li>",
        "<blockquote>", "<pre>", "<span>", "<nav>", "<table><tr><td>", "<b>", "<section class=ad>");
    Arbitrary<String> nested = Combinators.combine(open.list().ofMaxSize(300), texts())
        .as((tags, text) -> String.join("", tags) + text);
    return Arbitraries.oneOf(nested, texts());
  }

  @Property
  void anyTextDateHeaderBodyStartsWithinTheText(@ForAll("texts") String text) {
    DateHeader header = DateHeader.find(text);
    if (header != null) {
      assertTrue(header.bodyStart() >= 0 && header.bodyStart() <= text.length(), header.toString());
      assertTrue(text.substring(0, header.bodyStart()).contains(header.rawDate()), header.toString());
    }
  }

  @Property
  void anyTextDatelineSpanSlicesToItsText(@ForAll("texts") String text,
      @ForAll("knownDates") LocalDate known) {
    Dateline dateline = new DatelineParser().parse(text, known);
    if (dateline != null) {
      assertTrue(dateline.span().end() <= text.length(), dateline.toString());
      assertEquals(dateline.text(), dateline.span().slice(text));
    }
  }

  @Property
  void anyMetadataDateParsesOrIsEmpty(@ForAll("texts") String value) {
    assertNotNull(MetadataDates.parse(value));
  }

  @Property
  void anyBytesInAnyDeclaredCharsetDecodeOrAreReportedWithAnOffset(@ForAll("bytes") byte[] input,
      @ForAll("charsetNames") String charset) {
    try {
      assertNotNull(HtmlCharset.decode(input, charset));
    } catch (UndecodableBytesException e) {
      assertTrue(e.byteOffset() >= 0 && e.byteOffset() <= input.length, e.getMessage());
    }
  }

  @Provide
  Arbitrary<String> charsetNames() {
    return Arbitraries.oneOf(Arbitraries.of("utf-8", "windows-1251", "ISO-8859-1", "koi8-r",
        "UTF-16", "x-unknown", "", " ", "utf-32"), Arbitraries.strings().ofMaxLength(12))
        .injectNull(0.2);
  }

  @Property
  void storedTextHasNoCarriageReturnAndNoLeadingByteOrderMark(@ForAll("texts") String decoded) {
    String stored = StoredText.of(decoded);
    assertEquals(-1, stored.indexOf('\r'), stored);
    assertFalse(stored.startsWith("\ufeff") && !decoded.startsWith("\ufeff\ufeff"), stored);
  }

  @Property(tries = 100)
  void anyLinesBatchKeepsLineNumbersInOrder(@ForAll("jsonLineLists") List<String> lines)
      throws IOException {
    String joined = String.join("\n", lines);
    long lineCount = joined.chars().filter(c -> c == '\n').count() + 1;
    byte[] input = joined.getBytes(StandardCharsets.UTF_8);
    CollectingSink sink = read(new JsonLinesReader(new ReadLimits(200)), "feed.jsonl", input);
    assertSound("feed.jsonl", sink);
    long last = 0;
    for (Problem p : sink.problems) {
      if (p.location() != null) {
        long n = Long.parseLong(p.location().substring("line ".length()));
        assertTrue(n >= last && n <= lineCount, p.toString());
        last = n;
      }
    }
  }

  @Provide
  Arbitrary<List<String>> jsonLineLists() {
    return jsonLines().list().ofMaxSize(20);
  }

  private static CollectingSink read(ArticleReader reader, String source, byte[] input)
      throws IOException {
    CollectingSink sink = new CollectingSink();
    reader.read(source, new ByteArrayInputStream(input), sink);
    return sink;
  }

  private static void assertSound(String source, CollectingSink sink) {
    for (Article article : sink.articles) {
      assertFalse(article.text().isBlank(), article.toString());
      assertEquals(-1, article.text().indexOf('\r'), article.toString());
      assertTrue(article.sourcePath().startsWith(source), article.toString());
    }
    for (Problem p : sink.problems) {
      assertEquals(source, p.source(), p.toString());
      assertFalse(p.reason().isBlank(), p.toString());
    }
  }

  private static String jsonString(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static byte[] gzip(byte[] bytes) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(bytes);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
