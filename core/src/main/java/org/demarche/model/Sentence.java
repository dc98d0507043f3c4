package org.demarche.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sentence with its tokens and, when it was parsed, its dependency edges.
 *
 * @param index position in the article, from 0
 * @param span character offsets into the article text
 * @param tokens the tokens, in order, indexed from 0
 * @param dependencies dependency edges, empty when the sentence was not parsed
 */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {

  public Sentence {
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  /** Whether the sentence carries dependency edges. */
  public boolean parsed() {
    return !dependencies.isEmpty();
  }

  /** The edges whose governor is {@code token}. */
  public List<Dependency> children(int token) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == token) {
        out.add(d);
      }
    }
    return out;
  }

  /** The edge whose dependent is {@code token}, or null for the root or an unparsed sentence. */
  public Dependency head(int token) {
    for (Dependency d : dependencies) {
      if (d.dependent() == token) {
        return d;
      }
    }
    return null;
  }

  /** The index of the first token that starts at or after {@code offset}, or -1. */
  public int tokenAt(int offset) {
    for (Token t : tokens) {
      if (t.end() > offset) {
        return t.index();
      }
    }
    return -1;
  }
}
