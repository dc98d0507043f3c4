package org.demarche.ingest;

/**
 * Limits that keep one bad input from exhausting memory.
 *
 * @param maxArticleBytes the largest article accepted, in bytes: a whole plain-text or HTML
 *     file, one JSON line, or one WARC record's HTTP payload. Larger input is reported as a
 *     problem and skipped.
 */
public record ReadLimits(int maxArticleBytes) {

  /** 20 MiB: far above any news article, far below what would hurt a 2 GB heap. */
  public static final int DEFAULT_MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

  public ReadLimits {
    if (maxArticleBytes < 1) {
      throw new IllegalArgumentException(
          "maxArticleBytes must be positive, was " + maxArticleBytes);
    }
  }

  /** The default limits ({@value #DEFAULT_MAX_ARTICLE_BYTES} bytes per article). */
  public static ReadLimits defaults() {
    return new ReadLimits(DEFAULT_MAX_ARTICLE_BYTES);
  }
}
