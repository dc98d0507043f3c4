package org.demarche.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.demarche.model.PloverType;

/**
 * One line of the event lexicon: a trigger and how to read its event.
 *
 * @param trigger the trigger as written: a lemma ({@code support}), or a head lemma with the
 *     lemmas of words that must hang from it ({@code open fire}, {@code hunger strike},
 *     {@code transfer troop/force}: {@code /} separates alternatives). The head is the first word
 *     of a verb or modal pattern and the last word of a noun or adjective pattern.
 * @param pos the head's part of speech
 * @param type the PLOVER type, or null for a pattern that blocks a shorter one and codes
 *     nothing ({@code offer condolence} is no AGREE)
 * @param cameo the nearest CAMEO code, null exactly when {@code type} is
 * @param targets where the target stands, in order of preference: {@code obj} or a preposition
 * @param targetRequired whether the pattern codes nothing when no target actor is found
 * @param example a sentence the pattern codes
 * @param expected what the example gives, {@code SOURCE>TARGET}
 */
public record EventPattern(
    String trigger,
    Pos pos,
    PloverType type,
    String cameo,
    List<String> targets,
    boolean targetRequired,
    String example,
    String expected) {

  /** Parts of speech a trigger can have. */
  public enum Pos {
    /** A verb: {@code met}, {@code signed}. */
    VERB,
    /** A noun: {@code talks}, {@code sanctions}; its source may be the subject of a light verb. */
    NOUN,
    /** A modal auxiliary whose clause reports a demand: {@code X said Y must leave}. */
    MODAL
  }

  public EventPattern {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(pos, "part of speech of " + trigger);
    if (type == null ? cameo != null : cameo == null || !cameo.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("CAMEO code of " + trigger + " must be 2 to 4 digits: " + cameo);
    }
    if (trigger.isBlank()) {
      throw new IllegalArgumentException("trigger must not be blank");
    }
    targets = List.copyOf(targets);
  }

  /** Whether this pattern codes nothing: it only keeps shorter patterns from matching. */
  public boolean blocker() {
    return type == null;
  }

  /** The lemma of the word that carries the event. */
  public String head() {
    List<String> words = words();
    return pos == Pos.NOUN ? words.get(words.size() - 1) : words.get(0);
  }

  /** For each other word of the trigger, the lemmas it may have; empty for a one-word trigger. */
  public List<Set<String>> dependents() {
    List<String> words = words();
    List<Set<String>> out = new ArrayList<>();
    int headAt = pos == Pos.NOUN ? words.size() - 1 : 0;
    for (int i = 0; i < words.size(); i++) {
      if (i != headAt) {
        out.add(Set.of(words.get(i).split("/")));
      }
    }
    return out;
  }

  private List<String> words() {
    return List.of(trigger.toLowerCase(Locale.ROOT).trim().split("\\s+"));
  }
}
