package org.demarche.event;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.demarche.model.Dependency;
import org.demarche.model.Sentence;
import org.demarche.model.Token;

/** Navigation over one sentence's dependency edges (Universal Dependencies, enhanced). */
final class Tree {

  /** Clauses that say something else: their actors are not the phrase's own. */
  private static final Set<String> OTHER_CLAUSE =
      Set.of("acl:relcl", "advcl", "ccomp", "parataxis", "csubj", "appos", "dep", "acl");

  private final Sentence sentence;

  Tree(Sentence sentence) {
    this.sentence = sentence;
  }

  Sentence sentence() {
    return sentence;
  }

  int size() {
    return sentence.tokens().size();
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  String lemma(int i) {
    Token t = token(i);
    String l = t.lemma() == null ? t.text() : t.lemma();
    return l.toLowerCase(Locale.ROOT);
  }

  String text(int i) {
    return token(i).text().toLowerCase(Locale.ROOT);
  }

  /** Children of {@code head} whose relation is {@code rel} or a subtype of it ({@code obl} matches {@code obl:with}). */
  List<Integer> children(int head, String rel) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : sentence.children(head)) {
      if (d.relation().equals(rel) || d.relation().startsWith(rel + ":")) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** All children of {@code head}, in text order. */
  List<Integer> allChildren(int head) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : sentence.children(head)) {
      out.add(d.dependent());
    }
    out.sort(Integer::compare);
    return out;
  }

  /** The relation by which {@code token} hangs from its head, or {@code root}. */
  String relation(int token) {
    Dependency d = sentence.head(token);
    return d == null ? "root" : d.relation();
  }

  /** Whether {@code token} hangs by {@code rel} or a subtype of it. */
  boolean hangsBy(int token, String rel) {
    String r = relation(token);
    return r.equals(rel) || r.startsWith(rel + ":");
  }

  /** The head of {@code token}, or -1. */
  int head(int token) {
    Dependency d = sentence.head(token);
    return d == null ? -1 : d.governor();
  }

  /** Whether {@code ancestor} dominates {@code token} (a token dominates itself). */
  boolean dominates(int ancestor, int token) {
    for (int t = token, hops = 0; t >= 0 && hops <= size(); t = head(t), hops++) {
      if (t == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The preposition of an oblique or nominal modifier: {@code with} in {@code talks with Ankara}. */
  String preposition(int token) {
    String rel = relation(token);
    int colon = rel.indexOf(':');
    if (colon > 0 && (rel.startsWith("obl") || rel.startsWith("nmod") || rel.startsWith("acl")
        || rel.startsWith("advcl"))) {
      String sub = rel.substring(colon + 1);
      if (!sub.equals("poss") && !sub.equals("tmod") && !sub.equals("npmod") && !sub.equals("agent")
          && !sub.equals("relcl")) {
        return sub.replace('_', ' ');
      }
    }
    for (int c : children(token, "case")) {
      return lemma(c);
    }
    return rel.equals("obl:agent") ? "by" : null;
  }

  /** Whether the verb {@code v} is passive: it has a passive subject or auxiliary. */
  boolean passive(int v) {
    return !children(v, "nsubj:pass").isEmpty() || !children(v, "aux:pass").isEmpty();
  }

  /**
   * Token indices of the phrase headed by {@code head}: its subtree without other clauses, and
   * without its conjuncts when {@code withConjuncts} is false.
   */
  BitSet phrase(int head, boolean withConjuncts) {
    BitSet out = new BitSet();
    collect(head, withConjuncts, out, true);
    return out;
  }

  /** Token indices of the whole subtree of {@code head}, clauses included. */
  BitSet subtree(int head) {
    BitSet out = new BitSet();
    out.set(head);
    for (int i = 0; i < size(); i++) {
      if (dominates(head, i)) {
        out.set(i);
      }
    }
    return out;
  }

  private void collect(int node, boolean withConjuncts, BitSet out, boolean top) {
    out.set(node);
    for (Dependency d : sentence.children(node)) {
      String rel = d.relation();
      if (d.dependent() == node || out.get(d.dependent())) {
        continue;
      }
      boolean nounDep = rel.equals("dep") && token(d.dependent()).pos().startsWith("NN")
          && token(node).pos().startsWith("NN"); // "the sovereignty and territorial integrity of X"
      if (!nounDep && (OTHER_CLAUSE.contains(rel) || rel.startsWith("acl:") || rel.startsWith("advcl:"))) {
        continue;
      }
      if (top && !withConjuncts && (rel.equals("conj") || rel.startsWith("conj:") || rel.equals("cc"))) {
        continue;
      }
      collect(d.dependent(), withConjuncts, out, false);
    }
  }
}
