package org.demarche.quote;

import java.util.List;
import java.util.function.Predicate;
import org.demarche.model.Dependency;
import org.demarche.model.Entity;
import org.demarche.model.Mention;
import org.demarche.model.Sentence;
import org.demarche.model.Token;

/**
 * The actor a pronoun or an unattributed quote most likely refers to: walking back sentence by
 * sentence from a position, the speaker of a quote in that sentence first, then the actor in
 * subject position, then the first actor the sentence names (a centering order: in
 * {@code Peskov said ... A fragment was posted by journalist Zarubin ... the spokesman said.
 * "...," he said}, he is Peskov, who spoke last).
 * Not thread-safe: one per article.
 */
final class Salience {

  /** How many sentences back the walk goes. */
  private static final int REACH = 8;
  /** How many quotes and mentions back the walk looks at most: bounds the cost on long texts. */
  private static final int LOOK_BACK = 64;

  private final ArticleView view;
  /** The attributions made so far, by quote index; null where none was found. */
  private final List<Attribution> done;

  Salience(ArticleView view, List<Attribution> done) {
    this.view = view;
    this.done = done;
  }

  /**
   * The most salient actor before {@code position} that {@code fits}, as the words that name it,
   * or null.
   */
  Attribution find(int position, Predicate<Entity> fits) {
    int k = view.sentenceIndex(position);
    for (int j = k; j >= 0 && j > k - REACH; j--) {
      Attribution spoke = lastSpeakerIn(j, position, fits);
      if (spoke != null) {
        return spoke;
      }
      Sentence s = view.sentences.get(j);
      Mention other = null;
      List<Mention> mentions = view.mentionsIn(j);
      int end = before(mentions, position);
      for (Mention m : mentions.subList(Math.max(0, end - LOOK_BACK), end)) {
        if (!view.isActor(m) || !fits.test(view.entity(m))) {
          continue;
        }
        if (isSubject(s, m)) {
          return of(m);
        }
        if (other == null) {
          other = m; // else the first actor the sentence names
        }
      }
      if (other != null) {
        return of(other);
      }
    }
    return null;
  }

  /** How many of {@code mentions} (in text order) end at or before {@code position}. */
  private static int before(List<Mention> mentions, int position) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).end() <= position) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private Attribution lastSpeakerIn(int sentence, int position, Predicate<Entity> fits) {
    for (int i = done.size() - 1; i >= 0 && i >= done.size() - LOOK_BACK; i--) {
      Attribution a = done.get(i);
      QuoteSpan q = view.quotes.get(i);
      if (q.marks().end() > position) {
        continue;
      }
      int first = view.sentenceIndex(q.marks().start());
      int last = view.sentenceIndex(Math.max(q.marks().start(), q.marks().end() - 1));
      if (last < sentence) {
        return null;
      }
      if (a != null && a.resolved() && first <= sentence && fits.test(a.speaker())) {
        return a;
      }
    }
    return null;
  }

  private Attribution of(Mention m) {
    return new Attribution(view.entity(m), m.text(), m.span(), null, "salience");
  }

  /** Whether a token of the mention is a subject (or, without a parse, stands before the first verb). */
  boolean isSubject(Sentence s, Mention m) {
    if (!s.parsed()) {
      // without a parse, the subject is the last actor named before the first verb
      for (Token t : s.tokens()) {
        if (t.isPos("VB") && !view.quoted(t)) {
          if (m.end() > t.start()) {
            return false;
          }
          for (Mention other : view.mentionsIn(s)) {
            if (other.start() >= m.end() && other.end() <= t.start() && view.isActor(other)) {
              return false;
            }
          }
          return true;
        }
      }
      return false;
    }
    List<Token> tokens = s.tokens();
    for (int i = ArticleView.tokenIndex(s, m.start()); i < tokens.size() && tokens.get(i).end() <= m.end(); i++) {
      Dependency d = view.head(s, i);
      if (d != null && d.relation().startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }
}
