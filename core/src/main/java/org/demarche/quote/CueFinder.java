package org.demarche.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.demarche.model.Dependency;
import org.demarche.model.Sentence;
import org.demarche.model.Token;

/**
 * Finds the reporting verb of a quote and the words for its subject: after the quote in its last
 * sentence ({@code "...," Toqaev said}, {@code "...," said the Kazakh leader}) or before it in its
 * first ({@code Toqaev stressed that Kazakhstan "..."}, {@code X told reporters: "..."}). The
 * subject comes from the dependency parse when there is one ({@code nsubj}, climbing from
 * {@code adding} or {@code saying} to the verb it hangs on), else from the words beside the verb.
 * Stateless and thread-safe.
 */
final class CueFinder {

  /**
   * A reporting verb outside the quote.
   *
   * @param trailing whether it stands after the quote
   * @param distance words between the quote's mark and the verb
   */
  record Cue(Sentence sentence, int verb, boolean trailing, int distance) {
    Token token() {
      return sentence.tokens().get(verb);
    }
  }

  /** Relations along which a verb shares its subject: {@code said, adding}, {@code rejected ..., saying}. */
  private static final Set<String> SHARED_SUBJECT = Set.of("conj", "advcl", "xcomp", "parataxis", "dep");

  /** How many tokens from the quote a reporting verb may stand. */
  private static final int WINDOW = 60;
  /** What a coordinating conjunction between the quote and a later verb adds to its distance. */
  private static final int COORDINATED = 10;

  private CueFinder() {}

  /** The reporting verbs of {@code q}, the nearest first: at most one after it and one before it. */
  static List<Cue> find(ArticleView v, QuoteSpan q) {
    List<Cue> out = new ArrayList<>(2);
    Cue after = trailing(v, q);
    if (after != null) {
      out.add(after);
    }
    Cue before = q.unmarked() ? null : leading(v, q);
    if (before != null) {
      out.add(before);
    }
    out.sort(Comparator.comparingInt(Cue::distance));
    return out;
  }

  /**
   * The sentence where the words after {@code q} stand: the one holding its closing mark, or the
   * next when the parser split {@code "...!" he said} after the mark. Null when there is none.
   */
  static Sentence lastSentence(ArticleView v, QuoteSpan q) {
    int from = q.unmarked() ? q.span().end() : q.marks().end();
    int i = v.sentenceIndex(Math.max(0, from - 1));
    if (i < 0) {
      return null;
    }
    Sentence s = v.sentences.get(i);
    if (s.end() <= from && i + 1 < v.sentences.size()) {
      // `"...!" he said.` split after the mark: the cue opens the next sentence in lower case
      Sentence next = v.sentences.get(i + 1);
      Token first = next.tokens().isEmpty() ? null : next.tokens().get(0);
      if (first != null && Character.isLowerCase(first.text().charAt(0))
          && v.paragraphEnd(from) > first.start()) {
        return next;
      }
    }
    return s;
  }

  private static Cue trailing(ArticleView v, QuoteSpan q) {
    Sentence s = lastSentence(v, q);
    if (s == null) {
      return null;
    }
    int from = q.unmarked() ? q.span().end() : q.marks().end();
    int paragraphEnd = v.paragraphEnd(from);
    int distance = 0;
    List<Token> tokens = s.tokens();
    int first = ArticleView.tokenIndex(s, from);
    for (int i = first; i < tokens.size() && i < first + WINDOW; i++) {
      Token t = tokens.get(i);
      if (t.start() < from) {
        continue;
      }
      if (t.start() >= paragraphEnd || v.quoted(t)) {
        break;
      }
      if (Cues.isCue(t, true)) {
        return new Cue(s, t.index(), true, distance);
      }
      if (t.isPos("CC")) {
        distance += COORDINATED; // `"..." and urged restraint`: a new predicate, not the quote's cue
      } else if (Character.isLetterOrDigit(t.text().charAt(0))) {
        distance++;
      }
    }
    return null;
  }

  private static Cue leading(ArticleView v, QuoteSpan q) {
    int to = q.marks().start();
    Sentence s = v.sentenceAt(to);
    if (s == null) {
      return null;
    }
    int paragraphStart = v.paragraphStart(to);
    int distance = 0;
    List<Token> tokens = s.tokens();
    int last = ArticleView.tokenIndex(s, to);
    for (int i = Math.min(last, tokens.size() - 1); i >= 0 && i > last - WINDOW; i--) {
      Token t = tokens.get(i);
      if (t.end() > to) {
        continue;
      }
      if (t.start() < paragraphStart || v.quoted(t)) {
        break;
      }
      if (Cues.isCue(t, false)) {
        return new Cue(s, i, false, distance);
      }
      if (Character.isLetterOrDigit(t.text().charAt(0))) {
        distance++;
      }
    }
    return null;
  }

  /**
   * The words that may name the subject of {@code c}'s verb, the likeliest first: the parse's
   * subject; the words beside the verb ({@code "...," said the Kazakh leader}, {@code Peskov told});
   * for a verb coordinated with an earlier one ({@code Kyrgyzstan denied ..., but did admit ...
   * and said}), the subject of the sentence's first verb.
   */
  static List<Phrase> subjects(ArticleView v, Cue c) {
    Sentence s = c.sentence();
    List<Phrase> out = new ArrayList<>(3);
    if (s.parsed()) {
      int head = parsedSubject(v, s, c.verb());
      if (head >= 0) {
        out.add(Phrase.around(v, s, head));
      }
    }
    int limit = regionStart(v, s, c.verb());
    Phrase inverted = c.trailing() && c.distance() == 0 ? inverted(v, s, c.verb()) : null;
    if (inverted != null) {
      out.add(inverted);
    } else if (isDependent(s, c.verb(), limit)) {
      // "rejected the accusations, saying ...", "denied ..., but did admit ... and said": the
      // words before are an object; the subject is that of the sentence's first verb
      for (int i = limit; i < c.verb(); i++) {
        Token t = s.tokens().get(i);
        if ((t.isPos("VBD") || t.isPos("VBZ") || t.isPos("VBP")) && !v.quoted(t)) {
          Phrase first = Phrase.before(v, s, i, limit);
          if (first != null) {
            out.add(first);
          }
          break;
        }
      }
    } else {
      Phrase before = Phrase.before(v, s, c.verb(), limit);
      if (before != null) {
        out.add(before);
      }
    }
    return out;
  }

  /** A participle after a comma, or a verb after a conjunction (with its auxiliary): it shares a subject. */
  private static boolean isDependent(Sentence s, int verb, int limit) {
    List<Token> t = s.tokens();
    int i = verb - 1;
    if (i > limit && t.get(i).isPos("VB") && "do".equals(t.get(i).lemma())) {
      i--; // "but did admit"
    }
    if (i < limit) {
      return false;
    }
    return t.get(i).isPos("CC") || t.get(verb).isPos("VBG") && t.get(i).text().equals(",");
  }

  /** {@code "...," said the Kazakh leader.}: the phrase after the verb, when nothing else follows it. */
  private static Phrase inverted(ArticleView v, Sentence s, int verb) {
    List<Token> t = s.tokens();
    if (verb + 1 >= t.size() || v.quoted(t.get(verb + 1))) {
      return null;
    }
    Token next = t.get(verb + 1);
    if (!(next.isPos("DT") || next.isPos("NN") || next.isPos("JJ") || next.isPos("PRP") && !next.isPos("PRP$"))) {
      return null;
    }
    Phrase p = Phrase.after(s, verb + 1);
    if (p == null || p.to() < t.size() && t.get(p.to()).isPos("VB")) {
      return null; // "said it is investigating": the subject of the reported clause
    }
    return p;
  }

  /**
   * The head of the verb's subject in the parse, or -1: its own {@code nsubj}, else that of the
   * verb it is conjoined to or modifies ({@code said ..., adding}); for a participle modifying a
   * noun ({@code a statement saying}), the noun.
   */
  static int parsedSubject(ArticleView v, Sentence s, int verb) {
    int x = verb;
    for (int depth = 0; depth < 4; depth++) {
      int found = -1;
      for (Dependency d : v.children(s, x)) {
        String rel = d.relation();
        boolean subject = rel.equals("nsubj") || rel.equals("nsubj:xsubj")
            || rel.equals("nsubj:pass") && isQuoted(s, x);
        if (subject && !v.quoted(s.tokens().get(d.dependent()))
            && (found < 0 || Math.abs(d.dependent() - x) < Math.abs(found - x))) {
          found = d.dependent(); // of two subjects the nearer: "MOSCOW, June 13 -- Russia dismissed"
        }
      }
      if (found >= 0) {
        return found;
      }
      Dependency up = v.head(s, x);
      if (up == null || up.governor() < 0) {
        return -1;
      }
      String rel = up.relation();
      String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
      if (base.equals("acl") && !rel.equals("acl:relcl")) {
        return s.tokens().get(up.governor()).isPos("NN") ? up.governor() : -1;
      }
      if (!SHARED_SUBJECT.contains(base)) {
        return -1;
      }
      x = up.governor();
      Dependency above = v.head(s, x);
      if (base.equals("conj") && !Cues.isCue(s.tokens().get(x), false) && above != null
          && above.relation().startsWith("ccomp") && above.governor() >= 0
          && Cues.isCue(s.tokens().get(above.governor()), false)) {
        // a reporting verb coordinated with the complement of another is coordinated with that
        // verb: "Fidan told Lavrov that Türkiye was ready ... and warned that ..." is Fidan's warning
        x = above.governor();
      }
    }
    return -1;
  }

  /** {@code X was quoted as saying}: the passive subject of quote and cite is the speaker. */
  private static boolean isQuoted(Sentence s, int verb) {
    String lemma = s.tokens().get(verb).lemma();
    return "quote".equals(lemma) || "cite".equals(lemma);
  }

  /** The first token of the verb's stretch of text outside quotes. */
  private static int regionStart(ArticleView v, Sentence s, int verb) {
    int i = verb;
    while (i > 0 && i > verb - WINDOW && !v.quoted(s.tokens().get(i - 1))) {
      i--;
    }
    return i;
  }
}
