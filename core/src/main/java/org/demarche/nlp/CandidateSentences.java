package org.demarche.nlp;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.demarche.model.Sentence;
import org.demarche.model.Token;
import org.demarche.time.DateWords;

/** Ready-made sentence selections over a sentence's tokens. Pure and thread-safe. */
public final class CandidateSentences {

  private CandidateSentences() {}

  /**
   * Sentences with a word that can be part of a time expression ({@link DateWords}): the
   * sentences worth SUTime's time.
   */
  public static SentenceSelection dateWords() {
    return SentenceSelection.where("date words", s -> any(s, t -> DateWords.isDateWord(t.text())));
  }

  /**
   * Sentences with a token whose lower-case lemma (its text when it has none) {@code lemma}
   * accepts, such as the trigger words of the event lexicon.
   *
   * @param name what the lemmas are, for messages
   */
  public static SentenceSelection withLemma(String name, Predicate<String> lemma) {
    Objects.requireNonNull(lemma, "lemma");
    return SentenceSelection.where(name, s -> any(s, t -> lemma.test(lowerLemma(t))));
  }

  private static String lowerLemma(Token t) {
    return (t.lemma() == null ? t.text() : t.lemma()).toLowerCase(Locale.ROOT);
  }

  private static boolean any(Sentence s, Predicate<Token> test) {
    for (Token t : s.tokens()) {
      if (test.test(t)) {
        return true;
      }
    }
    return false;
  }
}
