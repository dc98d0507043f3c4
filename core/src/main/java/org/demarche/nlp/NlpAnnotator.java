package org.demarche.nlp;

import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Article;
import org.demarche.model.Dateline;

/**
 * Splits an article into sentences and tokens and finds named entities, time expressions and
 * dependency parses. The only place that knows the NLP library.
 *
 * <p>Implementations are thread-safe: one instance serves all threads.
 */
public interface NlpAnnotator {

  /**
   * Annotates {@code article}. Time expressions are normalized against the article's
   * publication date when it has one.
   *
   * @param dateline the article's dateline, or null; passed through to the result
   */
  AnnotatedArticle annotate(Article article, Dateline dateline);
}
