package org.demarche.event;

import java.util.List;
import org.demarche.event.ActorFinder.Actor;
import org.demarche.model.PloverType;

/**
 * One trigger read in a sentence, its actors, and how the conventions code it. Mutable while
 * the sentence is coded, then dropped; not thread-safe.
 */
final class Candidate {

  /** The token that carries the event. */
  final int trigger;
  /** The clause it governs: the trigger itself, or for a modal ("must") the verb it helps. */
  final int scope;
  /** The light verb a noun trigger completes ("staged" for "staged rallies"), else -1. */
  int anchor = -1;
  /** Tokens the pattern's other words matched: they trigger nothing of their own. */
  List<Integer> consumed = List.of();
  final EventPattern pattern;
  final List<Actor> sources;
  List<Actor> targets;
  PloverType type;
  String cameo;
  Stance stance;
  PloverConventions.Coded coded;
  boolean suppressed;

  Candidate(int trigger, int scope, EventPattern pattern, List<Actor> sources, List<Actor> targets) {
    this.trigger = trigger;
    this.scope = scope;
    this.pattern = pattern;
    this.sources = sources;
    this.targets = targets;
    this.type = pattern.type();
    this.cameo = pattern.cameo();
  }
}
