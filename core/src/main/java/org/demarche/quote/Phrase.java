package org.demarche.quote;

import java.util.List;
import java.util.Set;
import org.demarche.model.Sentence;
import org.demarche.model.Span;
import org.demarche.model.Token;

/**
 * A noun phrase that may name a speaker: tokens {@code [from, to)} of one sentence around its
 * head token ({@code the Turkish diplomat}, {@code Secretary of State Antony Blinken}, {@code he}).
 * Built from part-of-speech tags and the article's time expressions, so it works on sentences
 * without a parse.
 */
record Phrase(Sentence sentence, int head, int from, int to) {

  /** Tags that may stand before a head noun inside its phrase. */
  private static final Set<String> MODIFIERS = Set.of("DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "NN",
      "NNS", "NNP", "NNPS", "HYPH", "POS", "CD", "VBN");
  /** Tags skipped between a subject and its verb: {@code Tokayev also noted}, {@code Peskov has said}. */
  private static final Set<String> BETWEEN = Set.of("RB", "MD", "RBR");
  private static final Set<String> AUXILIARIES = Set.of("have", "be", "do");

  Phrase {
    if (from < 0 || to > sentence.tokens().size() || head < from || head >= to) {
      throw new IllegalArgumentException("phrase [" + from + ", " + to + ") with head " + head
          + " does not fit sentence " + sentence.index());
    }
  }

  Token headToken() {
    return sentence.tokens().get(head);
  }

  List<Token> tokens() {
    return sentence.tokens().subList(from, to);
  }

  Span span() {
    return new Span(sentence.tokens().get(from).start(), sentence.tokens().get(to - 1).end());
  }

  String text(String articleText) {
    return span().slice(articleText);
  }

  /** Whether the head is a personal or relative pronoun. */
  boolean isPronoun() {
    return isPos(headToken(), "PRP") || isPos(headToken(), "WP");
  }

  /**
   * The phrase headed by token {@code head}: its modifiers on the left ({@code the Russian
   * presidential spokesman}, {@code Secretary of State Antony Blinken}) and one {@code of} phrase
   * on the right ({@code the Head of State}, {@code Leaders of the CSTO}).
   */
  static Phrase around(ArticleView v, Sentence s, int head) {
    List<Token> t = s.tokens();
    if (isPos(t.get(head), "PRP") || isPos(t.get(head), "WP") || isPos(t.get(head), "WDT")) {
      return new Phrase(s, head, head, head + 1);
    }
    int from = head;
    while (from > 0) {
      Token prev = t.get(from - 1);
      if (v.temporal(prev)) {
        break; // "on Thursday Kyrgyzstan denied": a date is not part of the subject
      }
      if (prev.pos() != null && MODIFIERS.contains(prev.pos())) {
        from--;
      } else if (from > 1 && prev.text().equals("of") && isPos(t.get(from - 2), "NNP")) {
        from -= 2; // "Secretary of State Antony Blinken"
      } else {
        break;
      }
    }
    int to = head + 1;
    if (to + 1 < t.size() && t.get(to).text().equals("of")) {
      int k = to + 1;
      while (k < t.size() && (isPos(t.get(k), "DT") || isPos(t.get(k), "NN") || isPos(t.get(k), "JJ")
          || isPos(t.get(k), "HYPH") || isPos(t.get(k), "POS") || isPos(t.get(k), "CD"))) {
        k++;
      }
      if (k > to + 1 && isPos(t.get(k - 1), "NN")) {
        to = k;
      }
    }
    return new Phrase(s, head, from, to);
  }

  /**
   * The subject phrase that ends before token {@code end}, not reaching before token
   * {@code limit}, or null. Skips adverbs and auxiliaries ({@code Tokayev also noted},
   * {@code Peskov has said}), prepositional phrases ({@code Amirabdollahian in a post on X said})
   * and a comma before the verb ({@code spokesman, Ayxan Hacizada, told}).
   */
  static Phrase before(ArticleView v, Sentence s, int end, int limit) {
    return before(v, s, end, limit, true);
  }

  /**
   * The phrase that ends before token {@code end}; with {@code subject} false, the phrase itself
   * even when it is a preposition's object ({@code met with President Tokayev, who}).
   */
  static Phrase before(ArticleView v, Sentence s, int end, int limit, boolean subject) {
    List<Token> t = s.tokens();
    int i = end - 1;
    for (int hops = 0; hops < 4; hops++) {
      while (i >= limit && (t.get(i).pos() != null && BETWEEN.contains(t.get(i).pos())
          || isPos(t.get(i), "VB") && t.get(i).lemma() != null && AUXILIARIES.contains(t.get(i).lemma())
          || hops == 0 && t.get(i).text().equals(","))) {
        i--;
      }
      if (i < limit || !(isPos(t.get(i), "NN") || isPos(t.get(i), "PRP") && !isPos(t.get(i), "PRP$")
          || isPos(t.get(i), "WP") || isPos(t.get(i), "CD"))) {
        return null;
      }
      Phrase p = around(v, s, i);
      if (p.from < limit) {
        p = new Phrase(s, p.head, limit, p.to);
      }
      Token lead = p.from > limit ? t.get(p.from - 1) : null;
      if (!subject || lead == null || !(isPos(lead, "IN") || isPos(lead, "TO")) || lead.text().equals("of")
          || lead.text().equalsIgnoreCase("that")) {
        return headed(p);
      }
      i = p.from - 2; // the phrase was a preposition's object: the subject stands further left
    }
    return null;
  }

  /**
   * {@code the Head of State}: of a phrase joined by {@code of}, the head is the noun before it,
   * unless a name follows ({@code Secretary of State Antony Blinken}).
   */
  private static Phrase headed(Phrase p) {
    List<Token> t = p.sentence.tokens();
    int of = -1;
    for (int k = p.from + 1; k < p.head; k++) {
      if (t.get(k).text().equals("of") && isPos(t.get(k - 1), "NN")) {
        of = k;
        break;
      }
    }
    boolean nameAfter = p.head > of + 2 && isPos(t.get(p.head), "NNP") && isPos(t.get(p.head - 1), "NNP");
    return of < 0 || nameAfter ? p : new Phrase(p.sentence, of - 1, p.from, p.to);
  }

  /**
   * The phrase that starts at token {@code start} ({@code said the Kazakh leader}, {@code said
   * Secretary of State Antony Blinken in a statement}), or null. Its head is its last noun, or the
   * last noun before {@code of} when no name follows ({@code the Head of State}).
   */
  static Phrase after(Sentence s, int start) {
    List<Token> t = s.tokens();
    if (start >= t.size()) {
      return null;
    }
    if (isPos(t.get(start), "PRP") && !isPos(t.get(start), "PRP$")) {
      return new Phrase(s, start, start, start + 1);
    }
    int k = start;
    int lastNoun = -1;
    int beforeOf = -1;
    while (k < t.size()) {
      Token tk = t.get(k);
      if (tk.pos() != null && MODIFIERS.contains(tk.pos())) {
        if (isPos(tk, "NN")) {
          lastNoun = k;
        }
        k++;
      } else if (tk.text().equals("of") && lastNoun == k - 1 && k + 1 < t.size()
          && (isPos(t.get(k + 1), "NN") || isPos(t.get(k + 1), "DT") || isPos(t.get(k + 1), "JJ"))) {
        if (beforeOf < 0) {
          beforeOf = lastNoun;
        }
        k++;
      } else {
        break;
      }
    }
    if (lastNoun < 0) {
      return null;
    }
    boolean nameAfterOf = beforeOf >= 0 && lastNoun > beforeOf + 2 && isPos(t.get(lastNoun), "NNP")
        && isPos(t.get(lastNoun - 1), "NNP");
    int head = beforeOf >= 0 && !nameAfterOf ? beforeOf : lastNoun;
    return new Phrase(s, head, start, lastNoun + 1);
  }

  static boolean isPos(Token t, String prefix) {
    return t.isPos(prefix);
  }
}
