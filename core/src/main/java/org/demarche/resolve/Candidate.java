package org.demarche.resolve;

import java.util.List;
import org.demarche.model.Sentence;
import org.demarche.model.Span;

/**
 * A stretch of text that names one or more gazetteer entries, before the choice among them.
 *
 * @param span where the name stands in the article text
 * @param text the name as written
 * @param hits the entries it may name, best match kind first, never empty
 * @param sentence the sentence it stands in
 * @param first index of its first token in the sentence
 * @param last index of its last token (equal to {@code first} for a part of a hyphenated token)
 */
record Candidate(Span span, String text, List<AliasIndex.Hit> hits, Sentence sentence, int first, int last) {

  Candidate {
    hits = List.copyOf(hits);
    if (hits.isEmpty()) {
      throw new IllegalArgumentException("a candidate needs at least one hit: " + text);
    }
  }

  /** Whether the name can only mean one entry. */
  boolean unambiguous() {
    return hits.size() == 1;
  }
}
