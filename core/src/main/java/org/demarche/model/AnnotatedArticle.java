package org.demarche.model;

import java.util.List;
import java.util.Objects;

/**
 * An article after the NLP stage: sentences, tokens, named entities, time expressions.
 *
 * @param article the article read
 * @param dateline its dateline, or null
 * @param sentences the sentences in order
 * @param names named-entity spans found by NER
 * @param timexes normalized time expressions
 */
public record AnnotatedArticle(
    Article article,
    Dateline dateline,
    List<Sentence> sentences,
    List<NerSpan> names,
    List<Timex> timexes) {

  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    names = List.copyOf(names);
    timexes = List.copyOf(timexes);
  }

  public String text() {
    return article.text();
  }

  /** The sentence that contains {@code offset}, or null. */
  public Sentence sentenceAt(int offset) {
    for (Sentence s : sentences) {
      if (s.start() <= offset && offset < s.end()) {
        return s;
      }
    }
    return null;
  }
}
