package org.demarche.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.demarche.model.Article;
import org.demarche.model.Problem;
import org.demarche.model.PublishedBasis;

/** Turns an extracted page into an article, reporting what is missing. Stateless. */
final class HtmlArticles {

  private HtmlArticles() {}

  /**
   * Passes the article for {@code page} to the sink, or a problem {@code no article text found}
   * at {@code location} when the page has no text. A date tag that could not be read is
   * reported and the article is kept without a date.
   *
   * @param extraMetadata metadata from outside the page (a WARC record's URL and date); it wins
   *     over the page's own {@code url}
   * @param limits a text over {@code limits.maxTextChars()} is reported instead
   */
  static void emit(String id, String source, String location, ExtractedPage page,
      Map<String, String> extraMetadata, ReadLimits limits, ArticleSink sink) {
    if (page.refusal() != null) {
      sink.problem(new Problem(source, location, page.refusal()));
      return;
    }
    String text = StoredText.of(page.text());
    if (text.isBlank()) {
      sink.problem(new Problem(source, location, "no article text found"));
      return;
    }
    if (!limits.acceptsText(source, location, text, sink)) {
      return;
    }
    if (page.unreadableDate() != null) {
      sink.problem(new Problem(source, location,
          "published date in the page is not a date: " + page.unreadableDate()));
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    if (page.title() != null) {
      metadata.put("title", page.title());
    }
    if (page.url() != null) {
      metadata.put("url", page.url());
    }
    metadata.putAll(extraMetadata);
    String sourcePath = location == null ? source : source + ":" + location;
    sink.article(new Article(id, sourcePath, page.outlet(), page.published(),
        page.published() == null ? null : PublishedBasis.METADATA, text,
        metadata));
  }
}
