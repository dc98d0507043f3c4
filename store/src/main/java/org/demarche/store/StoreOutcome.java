package org.demarche.store;

/** What {@link Database#store} did with an article. */
public enum StoreOutcome {
  /** The article was new and is now stored. */
  STORED,
  /** An article with the same id but different content was stored before; it was replaced. */
  REPLACED,
  /** The same article (same content hash) was already stored; nothing changed. */
  ALREADY_PRESENT
}
