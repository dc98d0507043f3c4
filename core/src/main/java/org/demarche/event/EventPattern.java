package org.demarche.event;

import java.util.List;
import java.util.Objects;
import org.demarche.model.PloverType;

/**
 * One line of the event lexicon: a trigger word and how to read its event.
 *
 * @param trigger the lemma that carries the event ({@code support}, {@code talk})
 * @param noun whether the trigger is a noun ({@code talks}) rather than a verb
 * @param type the PLOVER type
 * @param cameo the nearest CAMEO code
 * @param targets where the target stands, in order of preference: {@code obj} or a preposition
 * @param example a sentence the pattern codes
 * @param expected what the example gives, {@code SOURCE>TARGET}
 */
public record EventPattern(
    String trigger,
    boolean noun,
    PloverType type,
    String cameo,
    List<String> targets,
    String example,
    String expected) {

  public EventPattern {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(type, "type of " + trigger);
    if (cameo == null || !cameo.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("CAMEO code of " + trigger + " must be 2 to 4 digits: " + cameo);
    }
    targets = List.copyOf(targets);
  }
}
