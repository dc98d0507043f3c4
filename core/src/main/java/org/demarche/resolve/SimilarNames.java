package org.demarche.resolve;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.demarche.model.EntityType;
import org.demarche.resolve.gazetteer.Gazetteer;
import org.demarche.resolve.gazetteer.GazetteerEntry;
import org.demarche.resolve.gazetteer.NameKey;

/**
 * Known actors spelled like a name the gazetteer does not list: Jaro-Winkler similarity (Apache
 * Commons Text) over romanization keys, whole or word by word ({@code Olaf Sholz}, {@code
 * Palestinian Liberation Organization}), stricter for an actor tied to no country the article
 * names; for countries also one letter off ({@code Ethopia}, {@code Quatar}). Immutable and thread-safe once built.
 */
final class SimilarNames {

  /** Similarity above which two names are one, for an actor tied to a country of the article. */
  private static final double SIMILAR = 0.93;

  /** The same, for an actor tied to no country the article names (or without context). */
  private static final double SIMILAR_OUT_OF_CONTEXT = 0.96;

  /**
   * How much more similar a place must be to a country name than a person to a person's: short
   * place names (Kreminna, Kazan) are near many country names.
   */
  private static final double COUNTRY_FLOOR = 0.02;

  /** In a word-by-word comparison, no word may be less similar than this. */
  private static final double WORD_FLOOR = 0.85;

  /** A name one letter off a country's is that country above this similarity. */
  private static final double SIMILAR_ONE_EDIT = 0.9;

  private record Keyed(String key, GazetteerEntry entry) {}

  private final List<Keyed> persons = new ArrayList<>();
  private final List<Keyed> countries = new ArrayList<>();
  private final List<Keyed> organizations = new ArrayList<>();
  private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
  private final LevenshteinDistance oneEdit = new LevenshteinDistance(1);

  SimilarNames(Gazetteer gazetteer) {
    for (GazetteerEntry e : gazetteer.entries()) {
      List<Keyed> into = switch (e.type()) {
        case PERSON -> persons;
        case COUNTRY -> countries;
        case ORGANIZATION -> organizations;
        default -> null;
      };
      if (into == null) {
        continue;
      }
      for (String a : e.aliases()) {
        if (e.metonyms().contains(a)) {
          continue; // the Kremlin is no spelling of Russia: Kreminna must not become Russia
        }
        String k = NameKey.key(a);
        // one-word names of people are surnames, too loose to compare
        if (k.contains(" ") || e.type() == EntityType.COUNTRY) {
          into.add(new Keyed(k, e));
        }
      }
    }
  }

  /** The person spelled like {@code surface}, or null. */
  GazetteerEntry person(String surface, ArticleContext context) {
    return best(persons, surface, context, 0);
  }

  /** The organization spelled like {@code surface} (several words only), or null. */
  GazetteerEntry organization(String surface, ArticleContext context) {
    return surface.contains(" ") ? best(organizations, surface, context, 0) : null;
  }

  /** The country spelled like {@code surface}, or one letter off it, or null. */
  GazetteerEntry country(String surface, ArticleContext context) {
    GazetteerEntry found = best(countries, surface, context, COUNTRY_FLOOR);
    if (found != null) {
      return found;
    }
    String key = NameKey.key(surface);
    if (key.length() < 5) {
      return null;
    }
    for (Keyed k : countries) {
      if (k.key().length() >= 5 && oneEdit.apply(key, k.key()) == 1
          && similarity.apply(key, k.key()) >= SIMILAR_ONE_EDIT) {
        return k.entry();
      }
    }
    return null;
  }

  /**
   * The entry whose name is spelled most like {@code surface}, above {@link #SIMILAR} when the
   * entry is tied to a country the article names and above {@link #SIMILAR_OUT_OF_CONTEXT}
   * otherwise; null when none is.
   *
   * @param context the article's context, or null when there is none yet
   */
  private GazetteerEntry best(List<Keyed> keyed, String surface, ArticleContext context, double raise) {
    String key = NameKey.key(surface);
    if (key.length() < 4) {
      return null;
    }
    GazetteerEntry best = null;
    double bestScore = 0;
    for (Keyed k : keyed) {
      if (k.key().isEmpty() || k.key().charAt(0) != key.charAt(0)) {
        continue;
      }
      double score = score(key, k.key());
      double floor = (inContext(k.entry(), context) ? SIMILAR : SIMILAR_OUT_OF_CONTEXT) + raise;
      if (score > floor && score > bestScore) {
        bestScore = score;
        best = k.entry();
      }
    }
    return best;
  }

  /**
   * Jaro-Winkler over the whole keys, or, for names of as many words, the mean over the words
   * when no word is far off: long names that differ in one word's ending ({@code Palestinian}
   * / {@code Palestine Liberation Organization}) score low as whole strings.
   */
  private double score(String a, String b) {
    double whole = similarity.apply(a, b);
    String[] x = a.split(" ");
    String[] y = b.split(" ");
    if (x.length < 2 || x.length != y.length) {
      return whole;
    }
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      double w = similarity.apply(x[i], y[i]);
      if (w < WORD_FLOOR) {
        return whole;
      }
      sum += w;
    }
    return Math.max(whole, sum / x.length);
  }

  private static boolean inContext(GazetteerEntry e, ArticleContext context) {
    if (context == null) {
      return false;
    }
    for (String c : e.countries()) {
      if (context.count(c) > 0) {
        return true;
      }
    }
    return false;
  }
}
