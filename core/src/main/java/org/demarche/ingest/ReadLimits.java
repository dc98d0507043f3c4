package org.demarche.ingest;

import org.demarche.model.Problem;

/**
 * Limits that keep one bad input from exhausting memory or holding the NLP stage for minutes.
 * Both are checked while reading, before any NLP: input over a limit is reported as a problem
 * naming the file (and line or record) and skipped, never truncated.
 *
 * @param maxArticleBytes the largest article accepted, in bytes: a whole plain-text or HTML
 *     file, one JSON line, or one WARC record's HTTP payload. Reading stops one byte past it, so
 *     a 50 MB file costs no more than reading {@code maxArticleBytes}.
 * @param maxTextChars the longest article text accepted, in characters (UTF-16 units) of the
 *     stored text, after HTML extraction and header removal
 */
public record ReadLimits(int maxArticleBytes, int maxTextChars) {

  /** 20 MiB: far above any news page with its scripts, far below what would hurt a 2 GB heap. */
  public static final int DEFAULT_MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

  /**
   * 200,000 characters, about 30,000 words: over 25 times the longest article in the corpus
   * (7,200 characters). CoreNLP takes about 10 CPU seconds for this much text on this project's
   * machine; a longer "article" is a book, a dump or a mistake.
   */
  public static final int DEFAULT_MAX_TEXT_CHARS = 200_000;

  public ReadLimits {
    if (maxArticleBytes < 1) {
      throw new IllegalArgumentException(
          "maxArticleBytes must be positive, was " + maxArticleBytes);
    }
    if (maxTextChars < 1) {
      throw new IllegalArgumentException("maxTextChars must be positive, was " + maxTextChars);
    }
  }

  /** Limits of {@code maxArticleBytes} bytes and the default text length. */
  public ReadLimits(int maxArticleBytes) {
    this(maxArticleBytes, DEFAULT_MAX_TEXT_CHARS);
  }

  /**
   * The default limits ({@value #DEFAULT_MAX_ARTICLE_BYTES} bytes per article,
   * {@value #DEFAULT_MAX_TEXT_CHARS} characters of text).
   */
  public static ReadLimits defaults() {
    return new ReadLimits(DEFAULT_MAX_ARTICLE_BYTES, DEFAULT_MAX_TEXT_CHARS);
  }

  /**
   * Whether {@code text} is within {@link #maxTextChars}; when it is not, reports
   * {@code text too long (N characters, limit M)} at {@code location} of {@code source}.
   */
  boolean acceptsText(String source, String location, String text, ArticleSink sink) {
    if (text.length() <= maxTextChars) {
      return true;
    }
    sink.problem(new Problem(source, location, "text too long ("
        + text.length() + " characters, limit " + maxTextChars + ")"));
    return false;
  }
}
