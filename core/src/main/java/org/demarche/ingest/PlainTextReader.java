package org.demarche.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import org.demarche.model.Article;
import org.demarche.model.Problem;
import org.demarche.model.PublishedBasis;

/**
 * Reads a plain-text file ({@code .txt}, or any file that is valid UTF-8 text) as one article.
 *
 * <p>The id is the file name without its extension. A {@code date YYYY-MM-DD} header at the
 * start (see {@link DateHeader}) gives {@code published} with basis {@code HEADER} and is
 * removed from the stored text together with the white space around it, so the text starts
 * at the first character of the body. Without a header the text is stored as it is, apart
 * from the normalization every reader applies (byte order mark dropped, line ends {@code \n};
 * see the package documentation).
 *
 * <p>Problems: {@code too large (over N bytes)}, {@code text too long (N characters, limit M)},
 * {@code empty file} (also for a text of white space only), {@code binary file},
 * {@code empty file (a date header and no text)}, {@code not UTF-8 (invalid byte at offset N)} (with a hint when the bytes look like Windows-1251
 * or Latin-1, see {@link EncodingGuess}),
 * and {@code invalid date in header: ...} at {@code line 1} (the article is still read,
 * without a date). Stateless and thread-safe.
 */
public final class PlainTextReader implements ArticleReader {

  private final ReadLimits limits;

  /** A reader with the default limits. */
  public PlainTextReader() {
    this(ReadLimits.defaults());
  }

  /** A reader refusing files over {@code limits.maxArticleBytes()}. */
  public PlainTextReader(ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** True for {@code .txt}; other text files reach this reader through {@link Inputs}' sniffing. */
  @Override
  public boolean handles(String fileName) {
    return SourceNames.endsWithAny(fileName, ".txt");
  }

  @Override
  public void read(String source, InputStream in, ArticleSink sink) throws IOException {
    byte[] bytes = WholeSource.read(source, in, limits, sink);
    if (bytes == null) {
      return;
    }
    String decoded;
    try {
      decoded = TextBytes.utf8(bytes);
    } catch (UndecodableBytesException e) {
      sink.problem(new Problem(source, null, e.getMessage()));
      return;
    }
    Article article = toArticle(source, StoredText.of(decoded), sink);
    if (article != null) {
      sink.article(article);
    }
  }

  /** The article, or null when there is no body after the header (reported). */
  private Article toArticle(String source, String text, ArticleSink sink) {
    String id = SourceNames.stem(source);
    if (text.isBlank()) {
      // white space beyond ASCII (U+001F, U+2003) or only a byte order mark
      sink.problem(new Problem(source, null, "empty file"));
      return null;
    }
    DateHeader header = DateHeader.find(text);
    if (header == null) {
      return limits.acceptsText(source, null, text, sink)
          ? new Article(id, source, null, null, null, text, Map.of()) : null;
    }
    String body = text.substring(header.bodyStart());
    if (body.isBlank()) {
      sink.problem(new Problem(source, null, "empty file (a date header and no text)"));
      return null;
    }
    if (!limits.acceptsText(source, null, body, sink)) {
      return null;
    }
    if (header.date() == null) {
      sink.problem(new Problem(source, "line 1", "invalid date in header: " + header.rawDate()));
      return new Article(id, source, null, null, null, body, Map.of());
    }
    return new Article(id, source, null, header.date(), PublishedBasis.HEADER, body, Map.of());
  }
}
