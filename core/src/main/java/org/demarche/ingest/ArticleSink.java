package org.demarche.ingest;

import org.demarche.model.Article;
import org.demarche.model.Problem;

/** Receives what a reader reads: articles, and problems with the input it could not read. */
public interface ArticleSink {

  /** One article read. */
  void article(Article article);

  /** One piece of input rejected, with the reason. Reading goes on after it. */
  void problem(Problem problem);
}
