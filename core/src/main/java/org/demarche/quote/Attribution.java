package org.demarche.quote;

import java.util.Objects;
import org.demarche.model.Entity;
import org.demarche.model.Span;

/**
 * A speaker found for a quote, or words that name a speaker no actor could be found for
 * ({@code opposition lawmakers said}, {@code a security source said}).
 *
 * @param speaker the speaker's entity, or null when the words name someone unknown
 * @param text the words naming the speaker ({@code Toqaev}, {@code the Turkish diplomat}); for a
 *     pronoun, the name it stands for
 * @param span where {@code text} stands in the article
 * @param cue the reporting verb as written, or null
 * @param rule the sieve that found the speaker ({@code trailing-cue}, {@code according-to}), or
 *     {@code pronoun} / {@code description} when the words had to be resolved to an actor
 */
record Attribution(Entity speaker, String text, Span span, String cue, String rule) {

  Attribution {
    Objects.requireNonNull(rule, "rule");
  }

  /** Words that name a speaker who is not among the article's actors: no one else may have the quote. */
  static Attribution unresolved(String text, Span span, String cue) {
    return new Attribution(null, text, span, cue, "unresolved");
  }

  boolean resolved() {
    return speaker != null;
  }

  Attribution withSpeaker(Entity other) {
    return new Attribution(other, text, span, cue, rule);
  }
}
