package org.demarche.event;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.demarche.model.PloverType;

/**
 * Which triggers of a sentence are the content of another act rather than events of their
 * own: {@code urged Russia to return} is one REQUEST, {@code suspended aid} one SANCTION,
 * {@code demonstrated, calling for independence} one PROTEST; and which acts yield to their
 * noun object ({@code offered an apology} is the apology). Pure.
 */
final class ActContent {

  /** Types whose complement is their content: a promise, a demand, a threat, a refusal. */
  static final Set<PloverType> SPEECH_ACTS =
      EnumSet.of(PloverType.AGREE, PloverType.REQUEST, PloverType.THREATEN, PloverType.REJECT);
  /** Types whose object is their content: {@code suspended aid}, {@code lifted the curfew}. */
  private static final Set<PloverType> OBJECT_TAKERS = EnumSet.of(PloverType.SANCTION,
      PloverType.CONCEDE, PloverType.COERCE, PloverType.ACCUSE, PloverType.RETREAT);
  /**
   * Verbs that are acts of their own but yield to the event their noun object names:
   * {@code offered an apology} is CONCEDE, {@code sent a request} is REQUEST.
   */
  private static final Set<String> YIELDING_VERBS =
      Set.of("offer", "send", "express", "extend", "give", "announce", "convey", "voice");
  /** Relations along which a content trigger hangs from its act. */
  private static final Set<String> CONTENT = Set.of("xcomp", "ccomp", "obj", "obl", "nmod", "acl",
      "advcl", "nsubj:pass", "iobj");

  private ActContent() {}

  /**
   * Marks as suppressed the candidates that are another's content, and turns a promise whose
   * direct complement is conflict into a threat ({@code vowed to fight}). The candidates' coded
   * types must be set.
   */
  static void suppress(Tree tree, List<Candidate> candidates) {
  for (Candidate c : candidates) {
    int object = c.trigger;
    if (tree.hangsBy(object, "nmod:of") && tree.hangsBy(tree.head(object), "obj")) {
      object = tree.head(object); // "offered every kind of support"
    }
    int head = tree.head(object);
    if (c.pattern.pos() == EventPattern.Pos.NOUN && tree.hangsBy(object, "obj") && head >= 0
        && YIELDING_VERBS.contains(tree.lemma(head))) {
      for (Candidate other : candidates) {
        if (other.trigger == head) {
          other.suppressed = true; // "offered an apology": the apology is the event
        }
      }
    }
  }
  for (Candidate c : candidates) {
    if (c.suppressed) {
      continue;
    }
    Candidate act = actOf(tree, c, candidates);
    if (act != null) {
      c.suppressed = true;
      if (act.coded.type() == PloverType.AGREE && directComplement(tree, c, act)
          && (c.coded.type() == PloverType.THREATEN || PloverConventions.materialConflict(c.coded.type()))) {
        act.coded = new PloverConventions.Coded(PloverType.THREATEN, "130"); // "vowed to fight"
      }
    }
  }
  }

  /**
   * The act whose content {@code c} is, or null: the nearest trigger above it, through
   * complements only, that is a promise, demand, threat or refusal (any trigger beneath), that
   * takes its object as content ({@code suspended aid}, a noun beneath it), an accusation of a
   * clause ({@code accused X of shelling}) or a protest of its purpose ({@code demonstrated
   * calling for independence}). A noun's act may sit on its light verb ({@code staged rallies,
   * saying he must resign}); a conjunct of an act is a parallel act ({@code agreed and signed}).
   */
  private static Candidate actOf(Tree tree, Candidate c, List<Candidate> all) {
    for (Candidate other : all) {
      if (other != c && !other.suppressed && other.pattern.pos() == EventPattern.Pos.MODAL
          && other.scope == c.trigger) {
        return other; // "Y must agree": the demand, not an agreement
      }
    }
    int node = c.scope;
    boolean clause = false;
    for (int hops = 0; hops < 6; hops++) {
      String rel = tree.relation(node);
      int head = tree.head(node);
      String base = rel.contains(":") && !rel.equals("nsubj:pass") ? rel.substring(0, rel.indexOf(':')) : rel;
      boolean conjunct = base.equals("conj");
      if (head < 0 || !CONTENT.contains(base) && !conjunct && !base.equals("dep")) {
        return null;
      }
      clause |= base.equals("xcomp") || base.equals("ccomp") || base.equals("advcl") || base.equals("acl")
          || base.equals("dep");
      for (Candidate other : all) {
        if (other == c || other.suppressed || !(other.scope == head || other.trigger == head || other.anchor == head)) {
          continue;
        }
        if (conjunct) {
          return null;
        }
        PloverType type = other.coded.type();
        boolean noun = c.pattern.pos() == EventPattern.Pos.NOUN && !clause;
        if (base.equals("dep")) {
          if (type == PloverType.PROTEST) {
            return other; // "demonstrated, calling for independence"
          }
          continue;
        }
        if (SPEECH_ACTS.contains(type)
            || noun && OBJECT_TAKERS.contains(type) && type != PloverType.ACCUSE
            || clause && (type == PloverType.ACCUSE || type == PloverType.PROTEST)) {
          return other;
        }
      }
      if (base.equals("dep")) {
        return null; // a loose attachment leads nowhere else
      }
      node = head;
    }
    return null;
  }

  /** Whether {@code inner} is the direct complement of {@code act}: {@code vowed to fight}. */
  private static boolean directComplement(Tree tree, Candidate inner, Candidate act) {
    int node = inner.scope;
    for (int hops = 0; hops < 3; hops++) {
      int head = tree.head(node);
      if (head < 0 || !(tree.hangsBy(node, "xcomp") || tree.hangsBy(node, "ccomp") || tree.hangsBy(node, "conj"))) {
        return false;
      }
      if (head == act.trigger || head == act.scope) {
        return true;
      }
      node = head;
    }
    return false;
  }
}
