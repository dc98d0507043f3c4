package org.demarche.nlp;

/** Which sentences get a dependency parse. */
public enum ParseMode {
  /** No sentence: {@code Sentence.dependencies()} stays empty. */
  NONE,
  /** Every sentence. */
  ALL,
  /** Only the sentences that {@link NlpConfig#parseCandidates()} selects. */
  CANDIDATES
}
