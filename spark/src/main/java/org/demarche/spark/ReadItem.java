package org.demarche.spark;

import java.io.Serializable;
import org.demarche.model.Problem;

/** What reading a file yields: an article, or a problem with the input. Immutable. */
final class ReadItem implements Serializable {

  private static final long serialVersionUID = 1L;

  private final ArticleRecord article;
  private final String source;
  private final String location;
  private final String reason;

  private ReadItem(ArticleRecord article, Problem problem) {
    this.article = article;
    this.source = problem == null ? null : problem.source();
    this.location = problem == null ? null : problem.location();
    this.reason = problem == null ? null : problem.reason();
  }

  static ReadItem of(ArticleRecord article) {
    return new ReadItem(article, null);
  }

  static ReadItem of(Problem problem) {
    return new ReadItem(null, problem);
  }

  boolean isArticle() {
    return article != null;
  }

  /** The article; null for a problem. */
  ArticleRecord article() {
    return article;
  }

  /** The problem; null for an article. */
  Problem problem() {
    return article != null ? null : new Problem(source, location, reason);
  }
}
