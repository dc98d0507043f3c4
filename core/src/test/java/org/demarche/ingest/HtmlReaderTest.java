package org.demarche.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.demarche.model.Article;
import org.demarche.model.Problem;
import org.demarche.model.PublishedBasis;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

  static final String RIVER_TREATY_TEXT = String.join("\n\n",
      "PORT AMSEL, Kestria -- The foreign ministers of Kestria and Valdor signed a treaty on the "
          + "shared river on Tuesday, ending a dispute of ten years.",
      "\"This treaty serves both our peoples,\" the Kestrian minister said. Valdor's envoy agreed.",
      "What comes next",
      "A joint commission will meet in May to set the water quotas.",
      "Quotas for the dry season",
      "A shared flood warning",
      "We will hold each other to it.");

  private static CollectingSink read(String source, byte[] bytes) throws IOException {
    CollectingSink sink = new CollectingSink();
    new HtmlReader().read(source, new ByteArrayInputStream(bytes), sink);
    return sink;
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = HtmlReaderTest.class.getResourceAsStream("/ingest/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void articlePageGivesMainTextTitleOutletAndPublishedDate() throws IOException {
    CollectingSink sink = read("pages/river-treaty.html", resource("river-treaty.html"));

    assertEquals(List.of(new Article("river-treaty", "pages/river-treaty.html", "Amsel Daily",
        LocalDate.of(2024, 3, 5), PublishedBasis.METADATA, RIVER_TREATY_TEXT,
        Map.of("title", "Kestria and Valdor sign river treaty",
            "url", "https://amsel.example/news/river-treaty"))), sink.articles);
    assertEquals(List.of(), sink.problems);
  }

  @Test
  void pageWithoutArticleElementUsesTheDensestParagraphBlock() throws IOException {
    String html = "<html><head><title>Border talks</title>"
        + "<meta name=\"DC.date\" content=\"2023-09-14\"></head><body>"
        + "<div class=\"menu\"><p>Home | World | Sport | Weather and more links here</p></div>"
        + "<div class=\"col\"><div class=\"story\">"
        + "<p>Valdor and Kestria reopened two border posts on Thursday.</p>"
        + "<p>Trucks waited for hours at the crossing near Lindar.</p></div></div>"
        + "<div class=\"teaser\"><p>Short teaser.</p></div>"
        + "</body></html>";

    CollectingSink sink = read("talks.htm", html.getBytes(StandardCharsets.UTF_8));

    assertEquals(List.of(new Article("talks", "talks.htm", null, LocalDate.of(2023, 9, 14),
        PublishedBasis.METADATA,
        "Valdor and Kestria reopened two border posts on Thursday.\n\n"
            + "Trucks waited for hours at the crossing near Lindar.",
        Map.of("title", "Border talks"))), sink.articles);
  }

  @Test
  void timeElementGivesTheDateWhenNoMetaTagDoes() throws IOException {
    String html = "<article><time datetime=\"2022-12-01T10:00\">1 December</time>"
        + "<p>The summit closed.</p></article>";

    CollectingSink sink = read("t.html", html.getBytes(StandardCharsets.UTF_8));

    assertEquals(LocalDate.of(2022, 12, 1), sink.articles.get(0).published());
  }

  @Test
  void unreadableDateTagIsReportedAndTheArticleKeptWithoutDate() throws IOException {
    String html = "<meta name=\"date\" content=\"last Tuesday\"><p>The summit closed.</p>";

    CollectingSink sink = read("d.html", html.getBytes(StandardCharsets.UTF_8));

    assertEquals(List.of(new Article("d", "d.html", null, null, null, "The summit closed.",
        Map.of())), sink.articles);
    assertEquals(List.of(new Problem("d.html", null,
        "published date in the page is not a date: last Tuesday")), sink.problems);
  }

  @Test
  void declaredWindows1251PageIsDecodedInItsCharset() throws IOException {
    String html = "<html><head><meta http-equiv=\"Content-Type\" "
        + "content=\"text/html; charset=windows-1251\"></head>"
        + "<body><p>Министр заявил о договоре.</p></body></html>";

    CollectingSink sink = read("ru.html", html.getBytes(Charset.forName("windows-1251")));

    assertEquals("Министр заявил о договоре.", sink.articles.get(0).text());
  }

  @Test
  void undeclaredNonUtf8PageIsAProblem() throws IOException {
    String html = "<p>Министр</p>";

    CollectingSink sink = read("ru.html", html.getBytes(Charset.forName("windows-1251")));

    assertEquals(List.of(new Problem("ru.html", null, "not UTF-8 (invalid byte at offset 3)"
            + "; looks like Windows-1251 (Cyrillic); convert it to UTF-8, e.g. iconv -f windows-1251 -t utf-8")),
        sink.problems);
  }

  @Test
  void pageWithNoTextIsAProblem() throws IOException {
    String html = "<html><body><nav><p>Home</p></nav><script>var a = 1;</script></body></html>";

    CollectingSink sink = read("n.html", html.getBytes(StandardCharsets.UTF_8));

    assertEquals(List.of(new Problem("n.html", null, "no article text found")), sink.problems);
  }
}
