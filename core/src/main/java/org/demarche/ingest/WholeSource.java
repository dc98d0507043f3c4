package org.demarche.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.demarche.model.Problem;

/**
 * Reads a source that holds one article (plain text, HTML) into memory, after the checks every
 * such source needs: not over the size limit, not empty, not binary. Stateless.
 */
final class WholeSource {

  private WholeSource() {}

  /**
   * The bytes of {@code in}, or null after reporting to {@code sink} why they cannot be an
   * article: {@code too large (over N bytes)}, {@code empty file} (no bytes, or only white
   * space) or {@code binary file} (a NUL byte).
   */
  static byte[] read(String source, InputStream in, ReadLimits limits, ArticleSink sink)
      throws IOException {
    byte[] bytes = TextBytes.readAtMost(in, limits.maxArticleBytes());
    if (bytes.length > limits.maxArticleBytes()) {
      sink.problem(new Problem(source, null,
          "too large (over " + limits.maxArticleBytes() + " bytes)"));
      return null;
    }
    if (TextBytes.isBlank(bytes, 0, bytes.length)) {
      sink.problem(new Problem(source, null, "empty file"));
      return null;
    }
    if (TextBytes.looksBinary(bytes, 0, bytes.length)) {
      sink.problem(new Problem(source, null, "binary file"));
      return null;
    }
    return bytes;
  }
}
