package org.demarche.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.demarche.model.Article;
import org.demarche.model.Problem;
import org.demarche.model.PublishedBasis;
import org.junit.jupiter.api.Test;

class WarcReaderTest {

  private static final String URL_1 = "https://amsel.example/news/river-treaty";
  private static final String URL_2 = "https://lindar.example/border";

  private static CollectingSink read(String source, byte[] bytes) throws IOException {
    CollectingSink sink = new CollectingSink();
    new WarcReader().read(source, new ByteArrayInputStream(bytes), sink);
    return sink;
  }

  private static byte[] crawl(boolean gzip) throws IOException {
    return new WarcFixtures(gzip)
        .request(URL_1)
        .html(URL_1, WarcFixtures.page("River treaty", "2024-03-05T10:00:00Z",
            "Kestria and Valdor signed a river treaty."))
        .response("https://amsel.example/logo.png", 200, "image/png", new byte[] {1, 2, 3})
        .response("https://amsel.example/old", 301, "text/html", new byte[0])
        .html(URL_2, WarcFixtures.page("Border", null, "Two border posts reopened."))
        .bytes();
  }

  private static List<Article> expectedCrawl(String source) {
    return List.of(
        new Article(WarcReader.idFor(URL_1), source + ":record 2", null,
            LocalDate.of(2024, 3, 5), PublishedBasis.METADATA,
            "Kestria and Valdor signed a river treaty.",
            Map.of("title", "River treaty", "url", URL_1, "warcDate", "2024-06-01T12:00:00Z")),
        new Article(WarcReader.idFor(URL_2), source + ":record 5", null, null, null,
            "Two border posts reopened.",
            Map.of("title", "Border", "url", URL_2, "warcDate", "2024-06-01T12:00:00Z")));
  }

  @Test
  void htmlResponsesBecomeArticlesAndOtherRecordsArePassedOver() throws IOException {
    CollectingSink sink = read("crawl.warc", crawl(false));

    assertEquals(expectedCrawl("crawl.warc"), sink.articles);
    assertEquals(List.of(), sink.problems);
  }

  @Test
  void gzippedWarcReadsTheSame() throws IOException {
    CollectingSink sink = read("crawl.warc.gz", crawl(true));

    assertEquals(expectedCrawl("crawl.warc.gz"), sink.articles);
    assertEquals(List.of(), sink.problems);
  }

  @Test
  void idIsTheFirst16HexDigitsOfTheUrlsSha256() {
    // python3 -c "import hashlib; print(hashlib.sha256(URL.encode()).hexdigest()[:16])"
    assertEquals("warc-9a6419d6571db018", WarcReader.idFor(URL_1));
  }

  @Test
  void truncatedRecordIsReportedAndEarlierRecordsAreKept() throws IOException {
    byte[] whole = new WarcFixtures(false)
        .html(URL_1, WarcFixtures.page("One", null, "First story."))
        .html(URL_2, WarcFixtures.page("Two", null, "Second story."))
        .bytes();
    byte[] cut = Arrays.copyOf(whole, whole.length - 40);

    CollectingSink sink = read("cut.warc", cut);

    assertEquals(List.of(WarcReader.idFor(URL_1)), sink.ids());
    assertEquals(List.of(new Problem("cut.warc", "record 2", "truncated or corrupt record")),
        withoutDetail(sink.problems));
  }

  @Test
  void truncatedGzipRecordIsReportedAndEarlierRecordsAreKept() throws IOException {
    WarcFixtures warc = new WarcFixtures(true)
        .html(URL_1, WarcFixtures.page("One", null, "First story."));
    int firstEnd = warc.bytes().length;
    byte[] whole = warc.html(URL_2, WarcFixtures.page("Two", null, "Second story.")).bytes();
    byte[] cut = Arrays.copyOf(whole, firstEnd + (whole.length - firstEnd) / 2);

    CollectingSink sink = read("cut.warc.gz", cut);

    assertEquals(List.of(WarcReader.idFor(URL_1)), sink.ids());
    assertEquals(List.of(new Problem("cut.warc.gz", "record 2", "truncated or corrupt record")),
        withoutDetail(sink.problems));
  }

  @Test
  void garbageAfterARecordIsACorruptRecord() throws IOException {
    byte[] first = new WarcFixtures(false)
        .html(URL_1, WarcFixtures.page("One", null, "First story.")).bytes();
    byte[] garbage = "this is not a WARC record at all\r\n\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(first, first.length + garbage.length);
    System.arraycopy(garbage, 0, bytes, first.length, garbage.length);

    CollectingSink sink = read("junk.warc", bytes);

    assertEquals(List.of(WarcReader.idFor(URL_1)), sink.ids());
    assertEquals(List.of(new Problem("junk.warc", "record 2", "truncated or corrupt record")),
        withoutDetail(sink.problems));
  }

  /** Problems with the library's detail in parentheses dropped from the reason. */
  private static List<Problem> withoutDetail(List<Problem> problems) {
    return problems.stream()
        .map(p -> new Problem(p.source(), p.location(), p.reason().replaceFirst(" \\(.*\\)$", "")))
        .toList();
  }
}
