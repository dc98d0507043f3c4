package org.demarche.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import org.demarche.model.Problem;

/**
 * Reads an HTML page ({@code .html}, {@code .htm}) as one article: the main text, title,
 * outlet and publication date as {@link HtmlExtractor} finds them. The id is the file name
 * without its extension; {@code published}, when a meta tag gives it, has basis
 * {@code METADATA}; the title and canonical URL go into the metadata.
 *
 * <p>Problems: {@code too large (over N bytes)}, {@code text too long (N characters, limit M)},
 * {@code empty file}, {@code binary file},
 * {@code not UTF-8 (invalid byte at offset N)} (or the charset the page declares),
 * {@code no article text found}, and an unreadable date tag (the article is kept without a
 * date). Stateless and thread-safe.
 */
public final class HtmlReader implements ArticleReader {

  private final ReadLimits limits;
  private final HtmlExtractor extractor = new HtmlExtractor();

  /** A reader with the default limits. */
  public HtmlReader() {
    this(ReadLimits.defaults());
  }

  /** A reader refusing pages over {@code limits.maxArticleBytes()}. */
  public HtmlReader(ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  @Override
  public boolean handles(String fileName) {
    return SourceNames.endsWithAny(fileName, ".html", ".htm", ".xhtml");
  }

  @Override
  public void read(String source, InputStream in, ArticleSink sink) throws IOException {
    byte[] bytes = WholeSource.read(source, in, limits, sink);
    if (bytes == null) {
      return;
    }
    String html;
    try {
      html = HtmlCharset.decode(bytes, null);
    } catch (UndecodableBytesException e) {
      sink.problem(new Problem(source, null, e.getMessage()));
      return;
    }
    ExtractedPage page = extractor.extract(html, "");
    HtmlArticles.emit(SourceNames.stem(source), source, null, page, Map.of(), limits, sink);
  }
}
