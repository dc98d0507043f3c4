package org.demarche.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One coded event mention: who did what to whom, read from one sentence.
 *
 * @param type PLOVER event type
 * @param cameo nearest CAMEO code ({@code 051})
 * @param quadClass the CAMEO code's QuadClass as in GDELT: 1 verbal cooperation, 2 material
 *     cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein the CAMEO code's Goldstein value, -10 (most conflictual) to +10
 * @param source who acts
 * @param target at whom it is directed, or null
 * @param issue short issue phrase ({@code territorial integrity}), or null
 * @param negated whether the sentence denies it
 * @param modality asserted, future, conditional or reported intent
 * @param date when it happened, or null
 * @param location where, or null
 * @param sentence the sentence it was read from
 * @param evidence the words that carry it, a span inside {@code sentence}
 * @param evidenceText {@code evidence.slice(articleText)}
 * @param trigger the word that triggered the pattern
 */
public record Event(
    PloverType type,
    String cameo,
    int quadClass,
    double goldstein,
    EventActor source,
    EventActor target,
    String issue,
    boolean negated,
    Modality modality,
    LocalDate date,
    Place location,
    Span sentence,
    Span evidence,
    String evidenceText,
    String trigger) {

  public Event {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(cameo, "cameo");
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("quadClass must be 1 to 4: " + quadClass);
    }
    if (!(goldstein >= -10 && goldstein <= 10)) {
      throw new IllegalArgumentException("goldstein must be in [-10, 10]: " + goldstein);
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(evidenceText, "evidenceText");
  }
}
