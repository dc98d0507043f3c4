package org.demarche.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Entity;
import org.demarche.model.EntityType;
import org.demarche.model.Mention;
import org.demarche.model.Sentence;
import org.demarche.model.Span;
import org.demarche.model.Token;
import org.demarche.resolve.gazetteer.NameKey;

/**
 * The country of a name the gazetteer does not know, from the words around it, as a reader
 * infers it: a title before it ({@code Kremlin spokesperson Dmitry Peskov}, {@code Ukrainian
 * Deputy Foreign Minister Emine Dzheppar}); an apposition after it ({@code X, the spokesman of
 * the Kazakh Foreign Ministry}) or before it ({@code the commander-in-chief of Ukraine's armed
 * forces, Oleksandr Syrskyi}) or {@code of} after it ({@code King Hassan of Morocco}); for a
 * place, also {@code the Gazakh district of Azerbaijan}, {@code Jizzakh, Uzbekistan}, then,
 * unless it is a sea, a river or a range, the country the sentence names last before it, then
 * the dateline's. Stateless and thread-safe.
 */
final class ContextCountry {

  /** How far an apposition after a name may reach, in characters. */
  private static final int APPOSITION_CHARS = 90;

  /** Words between a place and its country: {@code the Gazakh district of Azerbaijan}. */
  private static final Set<String> PLACE_WORDS = Set.of("district", "region", "province",
      "oblast", "city", "town", "village", "area", "county", "republic", "municipality", "of",
      "in", "eastern", "western", "northern", "southern", "central", "north", "south", "east",
      "west", "northeastern", "northwestern", "southeastern", "southwestern", "the", "rayon");

  /** Words that make a name a natural feature rather than a settlement. */
  private static final Set<String> NATURAL_FEATURES = Set.of("sea", "ocean", "river", "lake",
      "gulf", "bay", "strait", "straits", "mountains", "mountain", "mount", "range", "desert",
      "valley", "plateau", "peninsula", "island", "islands", "channel", "basin", "darya");

  private ContextCountry() {}

  /** The country of a person or organization at {@code span}, or null. */
  static String ofActor(AnnotatedArticle article, Span span, ArticleActors actors) {
    Sentence s = article.sentenceAt(span.start());
    if (s == null) {
      return null;
    }
    int first = s.tokenAt(span.start());
    String c = ofAfter(s, span, actors);
    if (c == null) {
      c = before(s, first, actors, span);
    }
    if (c == null) {
      c = appositionAfter(article, s, span, actors);
    }
    if (c == null) {
      c = appositionBefore(s, first, actors);
    }
    return c;
  }

  /** The country of a place at {@code span}, or null. */
  static String ofPlace(AnnotatedArticle article, Span span, ArticleActors actors) {
    Sentence s = article.sentenceAt(span.start());
    if (s == null) {
      return datelineCountry(article);
    }
    int first = s.tokenAt(span.start());
    String c = placeAfter(s, span, actors);
    if (c == null) {
      c = before(s, first, actors, span);
    }
    if (c != null || isNaturalFeature(article.text().substring(span.start(), span.end()))) {
      return c; // a sea or a mountain range belongs to no country by default
    }
    c = lastCountryIn(actors, s.start(), span.start());
    return c != null ? c : datelineCountry(article);
  }

  /** {@code Caspian Sea}, {@code Tian Shan Mountains}: names of seas, rivers, ranges. */
  private static boolean isNaturalFeature(String name) {
    String[] words = NameKey.fold(name).split(" ");
    return words.length > 1 && NATURAL_FEATURES.contains(words[words.length - 1])
        || words.length > 1 && NATURAL_FEATURES.contains(words[0]);
  }

  /** {@code King Hassan of Morocco}, {@code President Ilham Aliyev of Azerbaijan}. */
  private static String ofAfter(Sentence s, Span span, ArticleActors actors) {
    int i = s.tokenAt(span.end());
    if (i < 0 || i + 1 >= s.tokens().size() || !s.tokens().get(i).text().equals("of")) {
      return null;
    }
    Mention m = mentionAt(actors, s.tokens().get(i + 1).start());
    if (m == null || "demonym".equals(m.rule())) {
      return null;
    }
    Entity e = actors.entity(m.entityId());
    return e.type() == EntityType.COUNTRY ? e.country() : null;
  }

  /** The nearest country named in the words before the name, within its clause. */
  private static String before(Sentence s, int first, ArticleActors actors, Span span) {
    int from = first;
    for (int i = first - 1; i >= 0 && i >= first - 7; i--) {
      Token t = s.tokens().get(i);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (t.isPos("VB") || w.equals(",") || w.equals(".") || w.equals("and") || w.equals(";")) {
        break;
      }
      from = i;
    }
    if (from == first) {
      return null;
    }
    return lastCountryIn(actors, s.tokens().get(from).start(), span.start());
  }

  /** {@code X, the spokesman of the Kazakh Foreign Ministry}. */
  private static String appositionAfter(AnnotatedArticle article, Sentence s, Span span,
      ArticleActors actors) {
    int end = span.end();
    if (end >= article.text().length() || article.text().charAt(end) != ',') {
      return null;
    }
    int to = Math.min(s.end(), end + APPOSITION_CHARS);
    int close = article.text().indexOf(',', end + 1);
    if (close > 0 && close < to) {
      to = close;
    }
    int first = s.tokenAt(end + 1);
    for (int i = Math.max(first, 0); i < s.tokens().size() && s.tokens().get(i).start() < to; i++) {
      Token t = s.tokens().get(i);
      if (t.isPos("VBD") || t.isPos("VBZ") || t.isPos("VBP") || t.isPos("MD")) {
        return null; // "X, the White House said, ...": a clause, not an apposition
      }
    }
    return firstCountryIn(actors, end, to);
  }

  /** {@code the commander-in-chief of Ukraine's armed forces, Oleksandr Syrskyi, said}. */
  private static String appositionBefore(Sentence s, int first, ArticleActors actors) {
    if (first < 2 || !s.tokens().get(first - 1).text().equals(",")) {
      return null;
    }
    int from = first - 1;
    for (int i = first - 2; i >= 0 && i >= first - 14; i--) {
      Token t = s.tokens().get(i);
      if (t.text().equals(",") || t.text().equals(";") || t.isPos("VB") && !t.isPos("VBN")) {
        break;
      }
      from = i;
    }
    return lastCountryIn(actors, s.tokens().get(from).start(), s.tokens().get(first - 1).start());
  }

  /** {@code the Gazakh district of Azerbaijan}, {@code Jizzakh, Uzbekistan}, {@code X (Türkiye)}. */
  private static String placeAfter(Sentence s, Span span, ArticleActors actors) {
    int i = s.tokenAt(span.end());
    if (i < 0) {
      return null;
    }
    int limit = Math.min(s.tokens().size(), i + 5);
    for (int j = i; j < limit; j++) {
      Token t = s.tokens().get(j);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (j == i && (w.equals(",") || w.equals("("))) {
        continue;
      }
      Mention m = mentionAt(actors, t.start());
      if (m != null) {
        Entity e = actors.entity(m.entityId());
        return "demonym".equals(m.rule()) ? null : e.country();
      }
      if (!PLACE_WORDS.contains(w)) {
        return null;
      }
    }
    return null;
  }

  private static String datelineCountry(AnnotatedArticle article) {
    return article.dateline() == null ? null : article.dateline().country();
  }

  private static Mention mentionAt(ArticleActors actors, int start) {
    for (Mention m : actors.mentions()) {
      if (m.start() == start) {
        return m;
      }
    }
    return null;
  }

  private static String lastCountryIn(ArticleActors actors, int from, int to) {
    List<Mention> mentions = actors.mentions();
    String found = null;
    int at = -1;
    for (Mention m : mentions) {
      String c = countryOf(actors, m);
      if (c != null && m.start() >= from && m.end() <= to && m.start() > at) {
        found = c;
        at = m.start();
      }
    }
    return found;
  }

  private static String firstCountryIn(ArticleActors actors, int from, int to) {
    String found = null;
    int at = Integer.MAX_VALUE;
    for (Mention m : actors.mentions()) {
      String c = countryOf(actors, m);
      if (c != null && m.start() >= from && m.end() <= to && m.start() < at) {
        found = c;
        at = m.start();
      }
    }
    return found;
  }

  /** The country a mention brings into context; descriptions bring none. */
  private static String countryOf(ArticleActors actors, Mention m) {
    if ("description".equals(m.rule())) {
      return null;
    }
    Entity e = actors.entity(m.entityId());
    return e == null ? null : e.country();
  }
}
