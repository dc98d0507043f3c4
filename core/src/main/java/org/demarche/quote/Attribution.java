package org.demarche.quote;

import java.util.Objects;
import org.demarche.model.Entity;
import org.demarche.model.Span;

/**
 * A speaker found for a quote.
 *
 * @param speaker the speaker's entity
 * @param text the words naming the speaker ({@code Toqaev}, {@code the Turkish diplomat}); for a
 *     pronoun, the name it stands for
 * @param span where {@code text} stands in the article
 * @param cue the reporting verb as written, or null
 * @param rule the sieve that found the speaker ({@code trailing-cue}, {@code according-to}), or
 *     {@code pronoun} / {@code description} when the words had to be resolved to an actor
 */
record Attribution(Entity speaker, String text, Span span, String cue, String rule) {

  Attribution {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(rule, "rule");
  }

  Attribution withSpeaker(Entity other) {
    return new Attribution(other, text, span, cue, rule);
  }
}
