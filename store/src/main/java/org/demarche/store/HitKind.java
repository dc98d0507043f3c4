package org.demarche.store;

/** Where a full-text search hit was found. */
public enum HitKind {
  /** In an article's text. */
  ARTICLE,
  /** In the words of a quote. */
  QUOTE
}
