package org.demarche.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demarche.model.Entity;
import org.demarche.model.EntityType;
import org.demarche.model.Mention;
import org.demarche.model.Quote;
import org.demarche.model.ResolvedArticle;
import org.demarche.model.Sentence;
import org.demarche.model.Span;

/**
 * Attributes quotes by an ordered list of small sieves, the first that finds a speaker wins
 * (the design of CoreNLP's quote attributor, without coreference):
 * <ol>
 *   <li>{@code trailing-cue}: {@code "...," Toqaev said}, {@code "...," said the Kazakh leader};
 *   <li>{@code leading-cue}: {@code Toqaev stressed that Kazakhstan "connects ..."}, {@code X said: "..."};
 *   <li>{@code according-to}: {@code according to X};
 *   <li>{@code pronoun}: {@code he added} goes to the nearest person named before the quote;
 *   <li>{@code previous-quote}: a quote without a cue in a run of quotes has the previous speaker;
 *   <li>{@code paragraph-subject}: the first actor the paragraph names.
 * </ol>
 * Thread-safe.
 */
public final class SieveQuoteAttributor implements QuoteAttributor {

  private static final Pattern WORD = Pattern.compile("[\\p{L}’'-]+");
  private static final Pattern PRONOUN_CUE = Pattern.compile(
      "^(?:he|she|they|it)\\s+(?:\\w+ly\\s+|also\\s+|further\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern ACCORDING = Pattern.compile("according to\\b", Pattern.CASE_INSENSITIVE);
  /** How far after a closing mark the cue may stand: {@code ," Kazakh President Tokayev said}. */
  private static final int TRAIL_WINDOW = 80;

  private final QuoteFinder finder = new QuoteFinder();

  @Override
  public List<Quote> attribute(ResolvedArticle article) {
    String text = article.text();
    List<QuoteSpan> spans = finder.find(text);
    List<Mention> outside = mentionsOutside(article.mentions(), spans);
    List<Quote> out = new ArrayList<>();
    Quote previous = null;
    QuoteSpan previousSpan = null;
    for (QuoteSpan q : spans) {
      Found f = trailing(article, q, outside);
      if (f == null) {
        f = leading(article, q, outside);
      }
      if (f == null) {
        f = accordingTo(article, q, outside);
      }
      if (f == null && previous != null && previous.speakerId() != null
          && (q.continued() || inRun(text, previousSpan, q))) {
        f = new Found(previous.speakerId(), null, null, null, "previous-quote");
      }
      if (f == null) {
        f = paragraphSubject(article, q, outside);
      }
      Quote quote = f == null
          ? new Quote(q.span(), q.span().slice(text), null, null, null, null, null)
          : new Quote(q.span(), q.span().slice(text), f.speaker, f.speakerText, f.speakerSpan, f.cue, f.rule);
      out.add(quote);
      previous = quote;
      previousSpan = q;
    }
    return out;
  }

  private record Found(String speaker, String speakerText, Span speakerSpan, String cue, String rule) {
    static Found of(Mention m, String cue, String rule) {
      return new Found(m.entityId(), m.text(), m.span(), cue, rule);
    }
  }

  /** {@code "...," Toqaev said.} / {@code "...," said the US diplomatic head} / {@code "...," he added.} */
  private Found trailing(ResolvedArticle a, QuoteSpan q, List<Mention> outside) {
    String text = a.text();
    int from = q.open().end();
    int to = Math.min(text.length(), from + TRAIL_WINDOW);
    int nl = text.indexOf('\n', from);
    if (nl >= 0 && nl < to) {
      to = nl;
    }
    if (q.unmarked()) {
      from = q.span().end();
    }
    String window = text.substring(from, to);
    int lead = 0;
    while (lead < window.length() && !Character.isLetter(window.charAt(lead))) {
      if (window.charAt(lead) == '.' && !q.unmarked()) {
        return null; // the sentence ended with the quote: no trailing cue
      }
      lead++;
    }
    String rest = window.substring(lead);
    Matcher w = WORD.matcher(rest);
    if (!w.find()) {
      return null;
    }
    // said X
    if (Cues.isCue(w.group()) && w.start() == 0) {
      Mention m = firstMentionAt(a, outside, from + lead + w.end(), 45, true);
      if (m != null) {
        return Found.of(m, w.group().toLowerCase(Locale.ROOT), "trailing-cue");
      }
      Matcher pm = Pattern.compile("^\\s+(he|she)\\b", Pattern.CASE_INSENSITIVE).matcher(rest.substring(w.end()));
      if (pm.find()) {
        return pronoun(a, q, outside, w.group().toLowerCase(Locale.ROOT));
      }
    }
    // he added
    Matcher pc = PRONOUN_CUE.matcher(rest);
    if (pc.find() && Cues.isCue(pc.group(1))) {
      return pronoun(a, q, outside, pc.group(1).toLowerCase(Locale.ROOT));
    }
    // X said (X may be long: "Kazakh President Kassym-Jomart Tokayev said")
    Mention m = firstMentionAt(a, outside, from + lead, 60, false);
    if (m != null) {
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
      Matcher cw = WORD.matcher(after);
      int seen = 0;
      while (cw.find() && seen++ < 3) {
        if (Cues.isCue(cw.group())) {
          return Found.of(speakerOf(a, m, outside), cw.group().toLowerCase(Locale.ROOT), "trailing-cue");
        }
      }
    }
    return null;
  }

  /** {@code Toqaev stressed that Kazakhstan "connects ..."}, {@code Tokayev, who expressed "..."}. */
  private Found leading(ResolvedArticle a, QuoteSpan q, List<Mention> outside) {
    if (q.unmarked()) {
      return null;
    }
    Sentence s = a.annotated().sentenceAt(q.open().start());
    int from = s == null ? lineStart(a.text(), q.open().start()) : s.start();
    String before = a.text().substring(from, q.open().start());
    Matcher w = WORD.matcher(before);
    int cueAt = -1;
    String cue = null;
    while (w.find()) {
      if (Cues.isCue(w.group())) {
        cueAt = from + w.start();
        cue = w.group().toLowerCase(Locale.ROOT);
      }
    }
    if (cue == null) {
      return null;
    }
    Mention subject = null;
    for (Mention m : outside) {
      if (m.start() >= from && m.end() <= cueAt && isSpeakerType(a, m)) {
        if (subject == null || rank(a, m) > rank(a, subject)) {
          subject = m;
        }
      }
    }
    if (subject != null) {
      return Found.of(speakerOf(a, subject, outside), cue, "leading-cue");
    }
    String head = a.text().substring(from, cueAt).trim().toLowerCase(Locale.ROOT);
    if (head.startsWith("he ") || head.equals("he") || head.startsWith("she ") || head.equals("she")) {
      return pronoun(a, q, outside, cue);
    }
    return null;
  }

  private Found accordingTo(ResolvedArticle a, QuoteSpan q, List<Mention> outside) {
    Sentence s = a.annotated().sentenceAt(q.span().start());
    if (s == null) {
      return null;
    }
    Matcher m = ACCORDING.matcher(a.text()).region(s.start(), s.end());
    while (m.find()) {
      if (q.span().start() <= m.start() && m.start() < q.span().end()) {
        continue;
      }
      Mention who = firstMentionAt(a, outside, m.end(), 40, false);
      if (who != null && isSpeakerType(a, who)) {
        return Found.of(who, "according to", "according-to");
      }
    }
    return null;
  }

  /** The nearest person named before the quote, outside any quote. */
  private Found pronoun(ResolvedArticle a, QuoteSpan q, List<Mention> outside, String cue) {
    Mention best = null;
    for (Mention m : outside) {
      if (m.end() <= q.open().start() && person(a, m)) {
        best = m;
      }
    }
    return best == null ? null : Found.of(best, cue, "pronoun");
  }

  private Found paragraphSubject(ResolvedArticle a, QuoteSpan q, List<Mention> outside) {
    int from = lineStart(a.text(), q.open().start());
    for (Mention m : outside) {
      if (m.start() >= from && m.end() <= q.open().start() && person(a, m)) {
        return Found.of(m, null, "paragraph-subject");
      }
    }
    return null;
  }

  /** A description or surname that resolves to a person stays as it is; a demonym does not speak. */
  private static Mention speakerOf(ResolvedArticle a, Mention m, List<Mention> outside) {
    return m;
  }

  private static Mention firstMentionAt(ResolvedArticle a, List<Mention> outside, int from, int within,
      boolean startOnly) {
    Mention best = null;
    for (Mention m : outside) {
      if (m.start() >= from && m.start() <= from + within && isSpeakerType(a, m)) {
        if (best == null || m.start() < best.start() && !startOnly
            || startOnly && m.start() == best.start() && m.end() > best.end()) {
          best = m;
        }
        if (startOnly && best != null && m.start() > best.start()) {
          break;
        }
      }
    }
    if (best != null && !startOnly) {
      // "Kazakh President Kassym-Jomart Tokayev said": the person, not the demonym before it
      for (Mention m : outside) {
        if (m.start() > best.start() && m.start() <= best.end() + 40 && person(a, m)
            && !person(a, best)) {
          return m;
        }
      }
    }
    return best;
  }

  private static boolean isSpeakerType(ResolvedArticle a, Mention m) {
    Entity e = a.entitiesById().get(m.entityId());
    return e != null && e.type() != EntityType.LOCATION && !"demonym".equals(m.rule());
  }

  private static boolean person(ResolvedArticle a, Mention m) {
    Entity e = a.entitiesById().get(m.entityId());
    return e != null && e.type() == EntityType.PERSON;
  }

  private static int rank(ResolvedArticle a, Mention m) {
    return person(a, m) ? 2 : 1;
  }

  private static boolean inRun(String text, QuoteSpan previous, QuoteSpan q) {
    if (previous == null) {
      return false;
    }
    String between = text.substring(previous.open().end(), q.open().start());
    return between.isBlank() || between.trim().length() <= 2;
  }

  private static int lineStart(String text, int offset) {
    int nl = text.lastIndexOf('\n', Math.max(0, offset - 1));
    return nl < 0 ? 0 : nl + 1;
  }

  private static List<Mention> mentionsOutside(List<Mention> mentions, List<QuoteSpan> quotes) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      boolean inside = false;
      for (QuoteSpan q : quotes) {
        if (q.span().contains(m.span()) && !q.unmarked()) {
          inside = true;
          break;
        }
      }
      if (!inside) {
        out.add(m);
      }
    }
    return out;
  }
}
