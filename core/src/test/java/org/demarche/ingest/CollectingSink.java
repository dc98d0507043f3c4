package org.demarche.ingest;

import java.util.ArrayList;
import java.util.List;
import org.demarche.model.Article;
import org.demarche.model.Problem;

/** Keeps everything a reader passes on, in order. */
final class CollectingSink implements ArticleSink {

  final List<Article> articles = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();

  @Override
  public void article(Article article) {
    articles.add(article);
  }

  @Override
  public void problem(Problem problem) {
    problems.add(problem);
  }

  List<String> ids() {
    return articles.stream().map(Article::id).toList();
  }
}
