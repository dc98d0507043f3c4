package org.demarche.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.demarche.model.Dependency;
import org.demarche.model.EntityType;
import org.demarche.model.Mention;
import org.demarche.model.Quote;
import org.demarche.model.ResolvedArticle;
import org.demarche.model.Sentence;
import org.demarche.model.Token;
import org.demarche.resolve.gazetteer.Gazetteer;

/**
 * Attributes quotes by an ordered list of small sieves, the first that finds a speaker wins (the
 * design of CoreNLP's quote attributor, without coreference):
 * <ol>
 *   <li>{@code trailing-cue} / {@code leading-cue}: a reporting verb in the quote's sentence and
 *       its subject, {@code "...," Toqaev said}, {@code said the Kazakh leader}, {@code X told
 *       reporters: "..."}, {@code Toqaev stressed that Kazakhstan "connects ..."};
 *   <li>{@code according-to}: {@code according to X}, {@code according to the definition given by X};
 *   <li>{@code clause-subject}: the subject of the clause a partial quote stands in,
 *       {@code Russia dismissed the move as "another futile attempt"};
 *   <li>{@code previous-quote}: a quote without a cue in a run of quotes has the previous speaker;
 *   <li>{@code paragraph-subject}: the actor the paragraph is about, or for a quote that makes a
 *       paragraph of its own, the actor the text spoke of last.
 * </ol>
 * Subjects that are not names are resolved on the way ({@code pronoun}, {@code description}):
 * {@code he added}, {@code the Turkish diplomat said}, {@code the ministry said}. Thread-safe.
 */
public final class SieveQuoteAttributor implements QuoteAttributor {

  private final QuoteFinder finder = new QuoteFinder();
  private final Speakers speakers;

  /** Attributes with genders from {@code gazetteer} ({@code he} is never a woman it knows). */
  public SieveQuoteAttributor(Gazetteer gazetteer) {
    this.speakers = new Speakers(gazetteer);
  }

  /** Attributes without genders: {@code he} and {@code she} go to any person. */
  public SieveQuoteAttributor() {
    this(null);
  }

  @Override
  public List<Quote> attribute(ResolvedArticle article) {
    String text = article.text();
    List<QuoteSpan> spans = finder.find(text);
    ArticleView v = new ArticleView(article, spans);
    List<Attribution> done = new ArrayList<>(spans.size());
    Salience salience = new Salience(v, done);
    List<Quote> out = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      QuoteSpan q = spans.get(i);
      Attribution a = cue(v, salience, q);
      if (a == null) {
        a = accordingTo(v, salience, q);
      }
      if (a == null) {
        a = clauseSubject(v, salience, q);
      }
      if (a == null) {
        a = previousQuote(v, done, i);
      }
      if (a == null) {
        a = paragraphSubject(v, salience, q);
      }
      if (a != null && a.resolved()) {
        a = a.withSpeaker(Speakers.stateOf(v, a.speaker()));
      }
      done.add(a);
      if (a == null) {
        out.add(new Quote(q.span(), q.span().slice(text), null, null, null, null, null));
      } else if (!a.resolved()) {
        out.add(new Quote(q.span(), q.span().slice(text), null, a.text(), a.span(), a.cue(), null));
      } else {
        out.add(new Quote(q.span(), q.span().slice(text), a.speaker().id(), a.text(), a.span(),
            a.cue(), a.rule()));
      }
    }
    return out;
  }

  /**
   * The subject of the nearest reporting verb. Words that name someone who is not among the
   * actors ({@code a security source said}) end the search: the quote is theirs, not another's.
   */
  private Attribution cue(ArticleView v, Salience salience, QuoteSpan q) {
    Attribution unresolved = null;
    for (CueFinder.Cue c : CueFinder.find(v, q)) {
      for (Phrase subject : CueFinder.subjects(v, c)) {
        String verb = c.token().text().toLowerCase(Locale.ROOT);
        Attribution a = speakers.resolve(v, salience, subject, verb,
            c.trailing() ? "trailing-cue" : "leading-cue");
        if (a != null && a.resolved()) {
          return a;
        }
        if (unresolved == null) {
          unresolved = a;
        }
      }
    }
    return unresolved;
  }

  /** {@code according to X} in the quote's first or last sentence, outside quotes. */
  private Attribution accordingTo(ArticleView v, Salience salience, QuoteSpan q) {
    Sentence first = v.sentenceAt(q.marks().start());
    Sentence last = CueFinder.lastSentence(v, q);
    List<Sentence> sentences = new ArrayList<>(2);
    if (first != null) {
      sentences.add(first);
    }
    if (last != null && last != first) {
      sentences.add(last);
    }
    for (Sentence s : sentences) {
      List<Token> t = s.tokens();
      for (int i = 0; i + 2 < t.size(); i++) {
        if (!t.get(i).text().equalsIgnoreCase("according") || !t.get(i + 1).text().equals("to")
            || v.quoted(t.get(i))) {
          continue;
        }
        Phrase who = Phrase.after(s, i + 2);
        Attribution a = who == null ? null
            : speakers.resolve(v, salience, who, "according to", "according-to");
        if (a == null) {
          a = agentAfter(v, salience, s, i + 2); // "according to the definition given by Deputy Minister X"
        }
        if (a != null) {
          return a;
        }
      }
    }
    return null;
  }

  /** The first actor named after token {@code from} up to the next comma or quote, a person first. */
  private Attribution agentAfter(ArticleView v, Salience salience, Sentence s, int from) {
    int end = s.end();
    for (int k = from; k < s.tokens().size(); k++) {
      Token t = s.tokens().get(k);
      if (t.text().equals(",") || t.text().equals(";") || v.quoted(t)) {
        end = t.start();
        break;
      }
    }
    Mention best = null;
    for (Mention m : v.mentionsIn(s)) {
      if (m.start() >= s.tokens().get(from).start() && m.end() <= end && v.isActor(m)
          && (best == null || v.entity(m).type() == EntityType.PERSON
              && v.entity(best).type() != EntityType.PERSON)) {
        best = m;
      }
    }
    return best == null ? null
        : speakers.resolve(v, salience,
            Phrase.around(v, s,
                Math.min(ArticleView.tokenIndex(s, best.end() - 1), s.tokens().size() - 1)),
            "according to", "according-to");
  }

  /** {@code Leaders of the CSTO discussed "urgent problems..."}: the subject of the clause holding the quote. */
  private Attribution clauseSubject(ArticleView v, Salience salience, QuoteSpan q) {
    Sentence s = v.sentenceAt(q.marks().start());
    if (s == null || !s.parsed() || q.unmarked()) {
      return null;
    }
    int governor = -1;
    List<Token> tokens = s.tokens();
    int first = ArticleView.tokenIndex(s, q.span().start());
    for (int i = first; i < tokens.size() && i < first + 200; i++) {
      Token t = tokens.get(i);
      if (t.end() > q.span().end()) {
        break;
      }
      if (t.start() >= q.span().start()) {
        Dependency d = v.head(s, i);
        if (d == null || d.governor() < 0) {
          return null; // the quote holds the sentence's root: it is not part of a clause
        }
        Token g = s.tokens().get(d.governor());
        if (!(g.start() >= q.span().start() && g.end() <= q.span().end())) {
          governor = d.governor();
          break;
        }
      }
    }
    for (int depth = 0; governor >= 0 && depth < 8; depth++) {
      Token g = s.tokens().get(governor);
      if (g.isPos("VB") && !v.quoted(g)) {
        int subject = CueFinder.parsedSubject(v, s, governor);
        Attribution a = subject < 0 ? null
            : speakers.resolve(v, salience, Phrase.around(v, s, subject),
                g.text().toLowerCase(Locale.ROOT), "clause-subject");
        if (a != null) {
          return a; // "the new sanctions announced by Washington as "...": sanctions name nobody, go up
        }
      }
      Dependency up = v.head(s, governor);
      governor = up == null ? -1 : up.governor();
    }
    return null;
  }

  /**
   * A quote without a cue that follows another in the same paragraph, or opens the paragraph
   * after the one the previous quote closed, has the previous quote's speaker.
   */
  private static Attribution previousQuote(ArticleView v, List<Attribution> done, int i) {
    if (i == 0 || done.get(i - 1) == null || !done.get(i - 1).resolved()) {
      return null;
    }
    QuoteSpan q = v.quotes.get(i);
    QuoteSpan p = v.quotes.get(i - 1);
    int paragraph = v.paragraphStart(q.marks().start());
    boolean run = v.paragraphStart(p.marks().start()) == paragraph;
    if (!run && v.blank(paragraph, q.marks().start())) {
      // the previous quote's sentence closes the paragraph just before this one
      int previousEnd = v.paragraphEnd(p.marks().end());
      Sentence last = CueFinder.lastSentence(v, p);
      run = previousEnd < paragraph && v.blank(previousEnd, paragraph) && last != null
          && last.end() <= previousEnd && v.blank(last.end(), previousEnd);
    }
    if (!run) {
      return null;
    }
    Attribution a = done.get(i - 1);
    return new Attribution(a.speaker(), a.text(), a.span(), null, "previous-quote");
  }

  /**
   * The most salient actor before the quote ({@link Salience}): the subject of its sentence, or
   * for a quote that makes a paragraph of its own, the actor the text spoke of last ({@code The
   * Iranian president made the remark in a message. / "Undoubtedly, ..."}).
   */
  private static Attribution paragraphSubject(ArticleView v, Salience salience, QuoteSpan q) {
    Attribution a = salience.find(q.marks().start(), e -> e.type() != EntityType.LOCATION);
    return a == null ? null : new Attribution(a.speaker(), a.text(), a.span(), null, "paragraph-subject");
  }
}
