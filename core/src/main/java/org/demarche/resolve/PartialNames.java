package org.demarche.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.EntityType;
import org.demarche.model.NerSpan;
import org.demarche.resolve.gazetteer.GazetteerEntry;
import org.demarche.resolve.gazetteer.NameKey;

/**
 * Drops a one-word name of a person the gazetteer found inside a longer name NER found, when the
 * other words are neither that person's nor other known names: {@code Michel} in {@code General Michel Aoun} is not Charles Michel, and
 * {@code Aliyev} in {@code Rauf Aliyev} is not Ilham Aliyev. The longer name is then resolved as
 * an unknown one. {@code Kassym-Jomart Kemeluly Tokayev} keeps {@code Tokayev}: every word is
 * Tokayev's. Stateless and thread-safe.
 */
final class PartialNames {

  /** Words of titles inside NER person spans, which say nothing about who it is. */
  private static final Set<String> TITLES = Set.of("president", "prime", "minister", "general",
      "gen", "mr", "mrs", "ms", "dr", "sir", "king", "queen", "prince", "sheikh", "emir",
      "chancellor", "premier", "foreign", "secretary", "lt", "col", "colonel", "archbishop",
      "patriarch", "ayatollah", "senator", "governor", "mayor", "judge");

  /** The candidates without the ones a longer NER person name contradicts. */
  List<Candidate> filter(AnnotatedArticle article, List<Candidate> candidates) {
    List<Candidate> kept = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      if (c.text().contains(" ") || !contradicted(article, c, candidates)) {
        kept.add(c);
      }
    }
    return kept;
  }

  private static boolean contradicted(AnnotatedArticle article, Candidate c, List<Candidate> all) {
    for (AliasIndex.Hit h : c.hits()) {
      if (h.entry().type() != EntityType.PERSON) {
        return false;
      }
    }
    for (NerSpan ner : article.names()) {
      if (!ner.label().equals("PERSON") || !ner.span().contains(c.span()) || ner.span().equals(c.span())) {
        continue;
      }
      Set<String> others = new HashSet<>();
      for (String w : NameKey.key(ner.text()).split(" ")) {
        others.add(w);
      }
      for (Candidate other : all) {
        if (ner.span().contains(other.span())) {
          others.removeAll(Set.of(NameKey.key(other.text()).split(" "))); // Türkiye in "Türkiye Erdogan"
        }
      }
      others.removeAll(TITLES);
      if (others.isEmpty()) {
        return false;
      }
      for (AliasIndex.Hit h : c.hits()) {
        if (wordsOf(h.entry()).containsAll(others)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static Set<String> wordsOf(GazetteerEntry e) {
    Set<String> words = new HashSet<>();
    for (String a : e.aliases()) {
      for (String w : NameKey.key(a).split(" ")) {
        words.add(w);
      }
    }
    return words;
  }
}
