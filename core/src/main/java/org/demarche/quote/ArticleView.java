package org.demarche.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demarche.model.Dateline;
import org.demarche.model.Dependency;
import org.demarche.model.Entity;
import org.demarche.model.EntityType;
import org.demarche.model.Mention;
import org.demarche.model.ResolvedArticle;
import org.demarche.model.Sentence;
import org.demarche.model.Span;
import org.demarche.model.Timex;
import org.demarche.model.Token;

/**
 * One article as the sieves see it: its sentences, its quotes, and the mentions that stand
 * outside every quote and outside the dateline (words inside a quote are the speaker's, never
 * the speaker). Lookups by
 * offset are binary searches. Not thread-safe: one per article and thread.
 */
final class ArticleView {

  private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");

  final String text;
  final List<Sentence> sentences;
  final List<QuoteSpan> quotes;
  final Map<String, Entity> entities;
  /** Mentions outside quotes, in text order, demonyms included. */
  final List<Mention> mentions;
  private final int[] sentenceStarts;
  private final List<List<Mention>> bySentence;
  /** Offsets of the newlines that end paragraphs. */
  private final int[] newlines;
  /** Starts of the time expressions, ascending. */
  private final int[] timexStarts;
  /** For each time expression in {@link #timexStarts} order, the furthest end up to it. */
  private final int[] timexReach;
  /** Per sentence, the edge heading each token; built on first use. */
  private final Dependency[][] heads;
  /** Per sentence, the edges governed by each token; built on first use. */
  private final List<List<List<Dependency>>> children;

  ArticleView(ResolvedArticle article, List<QuoteSpan> quotes) {
    this.text = article.text();
    this.sentences = article.annotated().sentences();
    this.quotes = quotes;
    this.entities = article.entitiesById();
    this.sentenceStarts = new int[sentences.size()];
    this.bySentence = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      sentenceStarts[i] = sentences.get(i).start();
      bySentence.add(new ArrayList<>());
    }
    List<Mention> outside = new ArrayList<>();
    Dateline dateline = article.annotated().dateline();
    for (Mention m : article.mentions()) {
      // a dateline names where the story was filed, not who speaks: "MOSCOW, June 13 -- Russia said"
      boolean filed = dateline != null && dateline.span().contains(m.span());
      if (!filed && quoteAt(m.start()) < 0 && entities.containsKey(m.entityId())) {
        outside.add(m);
        int s = sentenceIndex(m.start());
        if (s >= 0) {
          bySentence.get(s).add(m);
        }
      }
    }
    this.mentions = outside;
    this.newlines = newlines(text);
    List<Span> times = article.annotated().timexes().stream().map(Timex::span)
        .sorted(Comparator.comparingInt(Span::start)).toList();
    this.timexStarts = new int[times.size()];
    this.timexReach = new int[times.size()];
    for (int i = 0; i < times.size(); i++) {
      timexStarts[i] = times.get(i).start();
      timexReach[i] = Math.max(times.get(i).end(), i > 0 ? timexReach[i - 1] : 0);
    }
    this.heads = new Dependency[sentences.size()][];
    this.children = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      children.add(null);
    }
  }

  private static int[] newlines(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    int[] out = new int[n];
    for (int i = 0, k = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        out[k++] = i;
      }
    }
    return out;
  }

  /** The index of the quote whose marks hold {@code offset}, or -1. */
  int quoteAt(int offset) {
    int lo = 0;
    int hi = quotes.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span marks = quotes.get(mid).marks();
      if (offset < marks.start()) {
        hi = mid - 1;
      } else if (offset >= marks.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The index of the sentence holding {@code offset}, or of the last one starting before it; -1 if none. */
  int sentenceIndex(int offset) {
    int lo = 0;
    int hi = sentenceStarts.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentenceStarts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** The sentence holding {@code offset} (or the one before the gap it falls in), or null. */
  Sentence sentenceAt(int offset) {
    int i = sentenceIndex(offset);
    return i < 0 ? null : sentences.get(i);
  }

  /** The mentions outside quotes in sentence {@code index}. */
  List<Mention> mentionsIn(int index) {
    return bySentence.get(index);
  }

  /** How many mentions outside quotes start before {@code offset}. */
  int mentionsBefore(int offset) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The mentions outside quotes in {@code s}. */
  List<Mention> mentionsIn(Sentence s) {
    return bySentence.get(at(s));
  }

  /** Whether the token lies inside a quote. */
  boolean quoted(Token t) {
    return quoteAt(t.start()) >= 0;
  }

  /**
   * Whether the token belongs to a time expression ({@code on Thursday}): inside one of the
   * article's timexes, or labelled DATE, TIME, DURATION or SET. The timexes decide, as the NLP
   * stage's 3-class NER leaves such tokens {@code O} and skips some sentences altogether.
   */
  boolean temporal(Token t) {
    if (t.ner() != null && TEMPORAL.contains(t.ner())) {
      return true;
    }
    int i = Arrays.binarySearch(timexStarts, t.start());
    int last = i >= 0 ? i : -i - 2; // the last time expression starting at or before the token
    while (i >= 0 && last + 1 < timexStarts.length && timexStarts[last + 1] == t.start()) {
      last++; // several expressions start here
    }
    return last >= 0 && timexReach[last] >= t.end();
  }

  /** The offset where the paragraph holding {@code offset} starts. */
  int paragraphStart(int offset) {
    int i = Arrays.binarySearch(newlines, offset);
    int before = i >= 0 ? i - 1 : -i - 2; // the last newline before offset
    return before < 0 ? 0 : newlines[before] + 1;
  }

  /** The offset where the paragraph holding {@code offset} ends (its newline, or the text's end). */
  int paragraphEnd(int offset) {
    int i = Arrays.binarySearch(newlines, offset);
    int next = i >= 0 ? i : -i - 1; // the first newline at or after offset
    return next < newlines.length ? newlines[next] : text.length();
  }

  /** Whether only white space stands in {@code [from, to)}; scans back from {@code to}. */
  boolean blank(int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The index of the first token of {@code s} that ends after {@code offset}, or the token count. */
  static int tokenIndex(Sentence s, int offset) {
    List<Token> t = s.tokens();
    int lo = 0;
    int hi = t.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (t.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The position of {@code s} in {@link #sentences}. */
  private int at(Sentence s) {
    int i = s.index();
    return i < sentences.size() && sentences.get(i) == s ? i : sentenceIndex(s.start());
  }

  /** The edge whose dependent is {@code token}, or null (the root, or no parse). */
  Dependency head(Sentence s, int token) {
    Dependency[] h = heads[at(s)];
    if (h == null) {
      h = new Dependency[s.tokens().size()];
      for (Dependency d : s.dependencies()) {
        if (d.dependent() < h.length && h[d.dependent()] == null) {
          h[d.dependent()] = d;
        }
      }
      heads[at(s)] = h;
    }
    return token < h.length ? h[token] : null;
  }

  /** The edges governed by {@code token}. */
  List<Dependency> children(Sentence s, int token) {
    List<List<Dependency>> c = children.get(at(s));
    if (c == null) {
      c = new ArrayList<>(s.tokens().size());
      for (int i = 0; i < s.tokens().size(); i++) {
        c.add(new ArrayList<>(2));
      }
      for (Dependency d : s.dependencies()) {
        if (d.governor() >= 0 && d.governor() < c.size()) {
          c.get(d.governor()).add(d);
        }
      }
      children.set(at(s), c);
    }
    return token < c.size() ? c.get(token) : List.of();
  }

  /** The longest mention outside quotes that covers {@code token}, or null. */
  Mention mentionCovering(Sentence s, Token token) {
    Mention best = null;
    for (Mention m : bySentence.get(at(s))) {
      if (m.start() <= token.start() && token.end() <= m.end()
          && (best == null || m.span().length() > best.span().length())) {
        best = m;
      }
    }
    return best;
  }

  Entity entity(Mention m) {
    return entities.get(m.entityId());
  }

  /** Whether the mention can name a speaker: an actor, not a place, and not a bare demonym. */
  boolean isActor(Mention m) {
    Entity e = entities.get(m.entityId());
    return e != null && e.type() != EntityType.LOCATION && !"demonym".equals(m.rule());
  }
}
