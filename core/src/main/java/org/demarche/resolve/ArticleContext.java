package org.demarche.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demarche.model.AnnotatedArticle;
import org.demarche.resolve.gazetteer.GazetteerEntry;

/**
 * What an article is about, as far as its unambiguous names tell: the entries it names for
 * certain, how often it names each country (directly, by a demonym, a capital, a place, a person
 * or a national body) and which countries each sentence names. The choice among the readings of
 * an ambiguous name rests on it. Immutable once built; one per article.
 */
final class ArticleContext {

  private final Set<String> certain = new HashSet<>();
  private final Map<String, Integer> countries = new HashMap<>();
  private final Map<Integer, Set<String>> bySentence = new HashMap<>();
  private final Map<Integer, List<Located>> located = new HashMap<>();
  private final String datelineCountry;
  private String top;

  ArticleContext(AnnotatedArticle article, List<Candidate> candidates, LocalDate date) {
    this.datelineCountry = article.dateline() == null ? null : article.dateline().country();
    for (Candidate c : candidates) {
      if (!c.unambiguous()) {
        continue;
      }
      GazetteerEntry e = c.hits().get(0).entry();
      certain.add(e.id());
      String country = e.standingAt(date).country();
      if (country != null) {
        countries.merge(country, 1, Integer::sum);
        bySentence.computeIfAbsent(c.sentence().index(), i -> new HashSet<>()).add(country);
        located.computeIfAbsent(c.sentence().index(), i -> new ArrayList<>())
            .add(new Located(c.first(), c.last(), country));
      }
    }
    int best = 0;
    for (Map.Entry<String, Integer> e : countries.entrySet()) {
      if (e.getValue() > best || e.getValue() == best && e.getKey().equals(datelineCountry)) {
        best = e.getValue();
        top = e.getKey();
      }
    }
  }

  /** A country named at tokens {@code first..last} of a sentence. */
  private record Located(int first, int last, String country) {}

  /**
   * The country of the unambiguous name nearest to tokens {@code first..last} of sentence
   * {@code index} ({@code Lugansk and Donetsk}: Donetsk's), the earlier on a tie; null when the
   * sentence names none.
   */
  String nearestCountry(int index, int first, int last) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Located l : located.getOrDefault(index, List.of())) {
      int distance = l.last() < first ? first - l.last() : l.first() - last;
      if (distance > 0 && distance < bestDistance) {
        bestDistance = distance;
        best = l.country();
      }
    }
    return best;
  }

  /** Whether the article names {@code id} somewhere without ambiguity. */
  boolean certain(String id) {
    return certain.contains(id);
  }

  /** How many unambiguous names of the article belong to {@code country}. */
  int count(String country) {
    return country == null ? 0 : countries.getOrDefault(country, 0);
  }

  /** The country the article names most (the dateline's on a tie), or null. */
  String topCountry() {
    return top;
  }

  /** The country of the dateline's place, or null. */
  String datelineCountry() {
    return datelineCountry;
  }

  /** The countries sentence {@code index} names unambiguously. */
  Set<String> sentenceCountries(int index) {
    return bySentence.getOrDefault(index, Set.of());
  }
}
