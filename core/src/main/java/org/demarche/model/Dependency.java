package org.demarche.model;

import java.util.Objects;

/**
 * A universal dependency edge between two tokens of one sentence.
 *
 * @param governor token index of the head, or -1 for the root
 * @param dependent token index of the dependent
 * @param relation relation name with subtype ({@code nsubj}, {@code obl:with}, {@code nmod:poss})
 */
public record Dependency(int governor, int dependent, String relation) {

  public Dependency {
    if (governor < -1 || dependent < 0) {
      throw new IllegalArgumentException(
          "invalid dependency " + governor + " -> " + dependent + " (" + relation + ")");
    }
    Objects.requireNonNull(relation, "relation");
  }
}
