package org.demarche.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one input format (plain text, JSON Lines, HTML, WARC) into articles.
 *
 * <p>A reader never throws on bad content: it reports a {@link org.demarche.model.Problem}
 * naming the source, the place in it and the reason, and goes on with the rest. It throws
 * {@link IOException} only when the stream itself fails. Implementations are stateless and
 * thread-safe.
 */
public interface ArticleReader {

  /** Whether this reader handles files with this name ({@code a.jsonl}, {@code b.warc.gz}). */
  boolean handles(String fileName);

  /**
   * Reads every article in {@code in}, passing articles and problems to {@code sink}.
   *
   * @param source the name to report and to derive ids from (a path, or {@code -})
   * @param in the raw bytes; the caller closes it
   */
  void read(String source, InputStream in, ArticleSink sink) throws IOException;
}
