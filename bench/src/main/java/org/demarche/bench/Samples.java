package org.demarche.bench;

import java.util.ArrayList;
import java.util.List;
import org.demarche.ingest.ArticleSink;
import org.demarche.ingest.Inputs;
import org.demarche.model.Article;
import org.demarche.model.Problem;

/** The project's sample articles, read as {@code demarche extract} reads them. */
final class Samples {

  private Samples() {}

  /** The articles of {@code -Ddemarche.samples} (default {@code samples/articles}, from the repository root). */
  static List<Article> read() {
    String dir = System.getProperty("demarche.samples", "samples/articles");
    List<Article> out = new ArrayList<>();
    new Inputs().read(List.of(dir), new ArticleSink() {
      @Override
      public void article(Article article) {
        out.add(article);
      }

      @Override
      public void problem(Problem problem) {
        throw new IllegalStateException("sample not readable: " + problem);
      }
    });
    if (out.isEmpty()) {
      throw new IllegalStateException("no articles in " + dir + " (set -Ddemarche.samples)");
    }
    return out;
  }
}
