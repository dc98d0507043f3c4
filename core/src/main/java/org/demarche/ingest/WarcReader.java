package org.demarche.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipException;
import org.demarche.model.Problem;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Reads WARC files ({@code .warc}, {@code .warc.gz}, as in Common Crawl News) with jwarc: each
 * {@code response} record with a 2xx HTTP status and an HTML payload ({@code text/html},
 * {@code application/xhtml+xml}) is an article, extracted by {@link HtmlExtractor}. Other
 * records (requests, metadata, images, redirects) are not articles and are passed over.
 *
 * <p>The id is {@code warc-} and the first 16 hex digits of the SHA-256 of the target URI, so
 * the same page has the same id in every crawl. Metadata: {@code url} (the target URI) and
 * {@code warcDate} (the capture time, ISO-8601). {@code published} comes from the page's meta
 * tags only: the WARC-Date is when the page was crawled, not when it was published. The
 * article's source is {@code <file>:record N}, N counting every record from 1.
 *
 * <p>A truncated or corrupt record is reported at {@code record N}; the records before it are
 * kept and reading stops, since the file cannot be resynchronized. A payload over the size
 * limit, a text over the length limit, an undecodable payload or a page without text is
 * reported and skipped. Stateless and thread-safe.
 */
public final class WarcReader implements ArticleReader {

  private final ReadLimits limits;
  private final HtmlExtractor extractor = new HtmlExtractor();

  /** A reader with the default limits. */
  public WarcReader() {
    this(ReadLimits.defaults());
  }

  /** A reader refusing payloads over {@code limits.maxArticleBytes()}. */
  public WarcReader(ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  @Override
  public boolean handles(String fileName) {
    return SourceNames.endsWithAny(fileName, ".warc", ".warc.gz");
  }

  @Override
  public void read(String source, InputStream in, ArticleSink sink) throws IOException {
    // the record being read when something fails: 1-based, counting every record
    long current = 1;
    try (org.netpreserve.jwarc.WarcReader warc =
        new org.netpreserve.jwarc.WarcReader(Channels.newChannel(in))) {
      for (Optional<WarcRecord> next = warc.next(); next.isPresent(); next = warc.next()) {
        if (next.get() instanceof WarcResponse response
            && !readResponseSafely(source, "record " + current, response, sink)) {
          return;
        }
        current++;
      }
    } catch (IOException e) {
      if (!isBadData(e)) {
        throw e;
      }
      sink.problem(new Problem(source, "record " + current,
          "truncated or corrupt record (" + describe(e) + ")"));
      return;
    } catch (RuntimeException e) {
      // jwarc rejects some malformed headers with unchecked exceptions
      sink.problem(new Problem(source, "record " + current, "corrupt record (" + e + ")"));
      return;
    }
    if (current == 1) {
      sink.problem(new Problem(source, null, "empty file"));
    }
  }

  private boolean readResponseSafely(
      String source, String location, WarcResponse response, ArticleSink sink)
      throws IOException {
    try {
      return readResponse(source, location, response, sink);
    } catch (RuntimeException e) {
      // jwarc and jsoup may reject odd headers with unchecked exceptions: one record, not the file
      sink.problem(new Problem(source, location, "unreadable record (" + e + ")"));
      return true;
    }
  }

  /** Reads one response; false when the record is cut short (reported) and reading must stop. */
  private boolean readResponse(
      String source, String location, WarcResponse response, ArticleSink sink)
      throws IOException {
    HttpResponse http;
    try {
      http = response.http();
    } catch (ParsingException e) {
      sink.problem(new Problem(source, location, "not an HTTP response (" + describe(e) + ")"));
      return true;
    }
    MediaType type = http.contentType();
    if (http.status() < 200 || http.status() > 299 || !isHtml(type)) {
      return true;
    }
    byte[] payload = http.bodyDecoded().stream().readNBytes(limits.maxArticleBytes() + 1);
    if (payload.length > limits.maxArticleBytes()) {
      sink.problem(new Problem(source, location,
          "too large (over " + limits.maxArticleBytes() + " bytes)"));
      return true;
    }
    response.body().consume();
    if (response.body().position() < response.body().size()) {
      sink.problem(new Problem(source, location, "truncated record (" + response.body().position()
          + " of " + response.body().size() + " bytes)"));
      return false;
    }
    String html;
    try {
      html = HtmlCharset.decode(payload, type.parameters().get("charset"));
    } catch (UndecodableBytesException e) {
      sink.problem(new Problem(source, location, e.getMessage()));
      return true;
    }
    String url = response.target();
    Map<String, String> metadata = new LinkedHashMap<>();
    if (url != null) {
      metadata.put("url", url);
    }
    metadata.put("warcDate", response.date().toString());
    if (response.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
      metadata.put("warcTruncated", response.truncated().name().toLowerCase(Locale.ROOT));
    }
    ExtractedPage page = extractor.extract(html, url == null ? "" : url);
    HtmlArticles.emit(idFor(url == null ? response.id().toString() : url), source, location,
        page, metadata, limits, sink);
    return true;
  }

  /** {@code warc-} and the first 16 hex digits of the SHA-256 of {@code uri}. */
  static String idFor(String uri) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(uri.getBytes(StandardCharsets.UTF_8));
      return "warc-" + HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  private static boolean isHtml(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  private static boolean isBadData(IOException e) {
    return e instanceof ParsingException || e instanceof EOFException || e instanceof ZipException;
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    if (message == null) {
      return e.getClass().getSimpleName();
    }
    return message.length() <= 120 ? message : message.substring(0, 117) + "...";
  }
}
