package org.demarche.model;

import java.util.Objects;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param text the token as it stands in the article text ({@code span.slice(text)})
 * @param span character offsets into the article text
 * @param pos Penn Treebank part-of-speech tag, or null when not tagged
 * @param lemma lemma, or null when not lemmatized
 * @param ner coarse NER label ({@code PERSON}, {@code LOCATION}, {@code ORGANIZATION}; value
 *     labels such as {@code DATE} only from annotators that give them, not the standard
 *     pipeline's 3-class NER: dates are the article's timexes), {@code O} for none, or null when
 *     NER did not run on this sentence
 */
public record Token(int index, String text, Span span, String pos, String lemma, String ner) {

  public Token {
    if (index < 0) {
      throw new IllegalArgumentException("token index must not be negative: " + index);
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  /** Whether the part of speech starts with {@code prefix} ({@code NN}, {@code VB}). */
  public boolean isPos(String prefix) {
    return pos != null && pos.startsWith(prefix);
  }
}
