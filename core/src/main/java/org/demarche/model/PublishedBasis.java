package org.demarche.model;

import java.util.Locale;

/** How an article's publication date was determined (the contract's {@code publishedBasis}). */
public enum PublishedBasis {
  /** A {@code date YYYY-MM-DD} header line at the start of the text. */
  HEADER,
  /** A field of the input record (JSON Lines {@code published}, HTML meta tag, WARC-Date). */
  METADATA,
  /** The dateline at the start of the body, with its year known. */
  DATELINE,
  /** Inferred from other evidence in the text. */
  INFERRED;

  /** The lowercase name written in the export. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
