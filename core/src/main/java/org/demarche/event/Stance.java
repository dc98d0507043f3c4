package org.demarche.event;

import java.util.Set;
import org.demarche.model.Modality;

/**
 * How a clause holds its event: denied or not, asserted, future, conditional or intended, and
 * whether it goes on from before ({@code will continue to support} is no new promise).
 *
 * @param negated whether the clause denies the event
 * @param modality asserted, future, conditional or reported intent
 * @param ongoing whether the event continues ({@code continue}, {@code keep}, {@code remain})
 * @param possible whether it is only possible ({@code could}, {@code may}, {@code might}): a
 *     conditional that is no promise
 */
record Stance(boolean negated, Modality modality, boolean ongoing, boolean possible) {

  private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "no", "neither", "nor");
  /** Verbs whose complement did not happen: {@code refrained from joining}. */
  private static final Set<String> NEGATING_VERBS =
      Set.of("refrain", "refuse", "decline", "fail", "avoid", "deny", "reject", "prevent", "stop");
  /** Heads whose complement is only intended: {@code agreed to sign}, {@code is ready to host}. */
  private static final Set<String> INTENT_HEADS =
      Set.of("plan", "intend", "hope", "want", "aim", "seek", "agree", "offer",
          "propose", "prepare", "promise", "pledge", "vow", "decide", "wish", "swear",
          "ready", "willing", "prepared", "determined", "poised", "threaten", "resolve",
          "try", "attempt", "mean", "commit");
  /**
   * Light verbs whose noun is only intended: {@code preparing an offensive}, {@code pledged
   * aid}. Not {@code offer}: an offered apology or mediation is made by offering it.
   */
  private static final Set<String> INTENT_LIGHT_VERBS =
      Set.of("plan", "prepare", "threaten", "promise", "pledge", "vow");
  /** Heads that schedule their complement rather than intend it: {@code is expected to visit}. */
  private static final Set<String> SCHEDULE_HEADS = Set.of("expect", "schedule", "set", "due", "slate");
  private static final Set<String> ONGOING = Set.of("continue", "keep", "remain", "resume", "go on");
  /** Relations through which a clause's stance reaches the verb it governs. */
  private static final Set<String> THROUGH = Set.of("xcomp", "obj", "conj", "ccomp");

  /**
   * The stance of the event at {@code trigger}: negators on it or on the verbs that govern it
   * through complements ({@code has neither supported nor condemned}, {@code will never
   * recognize}, {@code refrained from joining}), and the modality those verbs give it
   * ({@code will meet}, {@code is expected to visit}, {@code agreed to sign}).
   */
  static Stance of(Tree tree, int trigger) {
    if (tree.token(trigger).pos().startsWith("NN")) {
      return ofNoun(tree, trigger);
    }
    Modality modality = modality(tree, trigger);
    return new Stance(negated(tree, trigger), modality, ongoing(tree, trigger),
        modality == Modality.CONDITIONAL && possible(tree, trigger));
  }

  /**
   * A noun's stance is its own ({@code no talks}) or that of the light verb it completes
   * ({@code will hold talks}); the verb it is merely the object of says nothing about it
   * ({@code did not support Russia's war} denies the support, not the war).
   */
  private static Stance ofNoun(Tree tree, int noun) {
    for (int c : tree.children(noun, "det")) {
      if (tree.lemma(c).equals("no")) {
        return new Stance(true, Modality.ASSERTED, false, false);
      }
    }
    int verb = tree.head(noun);
    if (verb >= 0 && tree.token(verb).pos().startsWith("VB") && RoleFinder.LIGHT_VERBS.contains(tree.lemma(verb))
        && (tree.hangsBy(noun, "obj") || tree.hangsBy(noun, "nsubj:pass"))) {
      Stance v = of(tree, verb);
      if (INTENT_LIGHT_VERBS.contains(tree.lemma(verb)) && v.modality() == Modality.ASSERTED) {
        return new Stance(v.negated(), Modality.REPORTED_INTENT, v.ongoing(), false); // "preparing an offensive"
      }
      return v;
    }
    return new Stance(false, Modality.ASSERTED, false, false);
  }

  private static boolean negated(Tree tree, int trigger) {
    int node = trigger;
    for (int hops = 0; hops < 3 && node >= 0; hops++) {
      for (int c : tree.children(node, "advmod")) {
        if (NEGATORS.contains(tree.lemma(c))) {
          return true;
        }
      }
      for (int c : tree.children(node, "cc:preconj")) {
        if (tree.lemma(c).equals("neither")) {
          return true;
        }
      }
      if (!tree.children(node, "neg").isEmpty()) {
        return true;
      }
      int head = tree.head(node);
      String rel = tree.relation(node);
      if (head >= 0 && (rel.startsWith("xcomp") || rel.equals("advcl:from") || rel.equals("obl:from")
          || rel.equals("advcl:to")) && NEGATING_VERBS.contains(tree.lemma(head))) {
        return true;
      }
      if (!(rel.startsWith("xcomp") || rel.startsWith("conj") || rel.startsWith("obj"))) {
        break;
      }
      node = head;
    }
    return false;
  }

  private static Modality modality(Tree tree, int trigger) {
    int node = trigger;
    for (int hops = 0; hops < 4 && node >= 0; hops++) {
      for (int c : tree.children(node, "aux")) {
        String aux = tree.lemma(c);
        if (aux.equals("will") || aux.equals("shall") || aux.equals("'ll")) {
          return Modality.FUTURE;
        }
        if (aux.equals("would") || aux.equals("could") || aux.equals("may") || aux.equals("might")) {
          return Modality.CONDITIONAL;
        }
      }
      int head = tree.head(node);
      String rel = tree.relation(node);
      if (head >= 0 && rel.startsWith("xcomp")) {
        String h = tree.lemma(head);
        if (INTENT_HEADS.contains(h)) {
          return Modality.REPORTED_INTENT;
        }
        if (SCHEDULE_HEADS.contains(h)) {
          return Modality.FUTURE;
        }
        if (h.equals("go") && !tree.children(head, "aux").isEmpty()) {
          return Modality.FUTURE; // "is going to visit"
        }
      }
      if (head < 0 || !THROUGH.contains(rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel)
          || rel.startsWith("ccomp") && hops > 0) {
        break;
      }
      if (rel.startsWith("ccomp")) {
        break; // "said it will": the saying verb's tense is not the event's
      }
      node = head;
    }
    return Modality.ASSERTED;
  }

  /** Whether the auxiliary that made the clause conditional is {@code could}, {@code may} or {@code might}. */
  private static boolean possible(Tree tree, int trigger) {
    int node = trigger;
    for (int hops = 0; hops < 4 && node >= 0; hops++) {
      for (int c : tree.children(node, "aux")) {
        String aux = tree.lemma(c);
        if (aux.equals("would")) {
          return false;
        }
        if (aux.equals("could") || aux.equals("can") || aux.equals("may") || aux.equals("might")) {
          return true;
        }
      }
      String rel = tree.relation(node);
      if (!(rel.startsWith("xcomp") || rel.startsWith("obj") || rel.startsWith("conj"))) {
        return false;
      }
      node = tree.head(node);
    }
    return false;
  }

  private static boolean ongoing(Tree tree, int trigger) {
    int node = trigger;
    for (int hops = 0; hops < 3 && node >= 0; hops++) {
      for (int c : tree.children(node, "advmod")) {
        if (tree.lemma(c).equals("always")) {
          return true; // "will always stand by": a standing position, not a promise
        }
      }
      int head = tree.head(node);
      if (head >= 0 && tree.relation(node).startsWith("xcomp") && ONGOING.contains(tree.lemma(head))) {
        return true;
      }
      if (!tree.relation(node).startsWith("xcomp")) {
        return false;
      }
      node = head;
    }
    return false;
  }
}
