package org.demarche.quote;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.demarche.ingest.ArticleSink;
import org.demarche.ingest.Inputs;
import org.demarche.model.Article;
import org.demarche.model.Problem;
import org.demarche.pipeline.Pipeline;
import org.demarche.pipeline.StandardPipeline;
import org.demarche.resolve.gazetteer.Gazetteer;

/**
 * The standard pipeline shared by the test classes of this package: CoreNLP's models load once
 * per test JVM. Articles are read as {@code demarche extract} reads them.
 */
final class QuotePipeline {

  private static Pipeline instance;

  private QuotePipeline() {}

  static synchronized Pipeline get() {
    if (instance == null) {
      instance = StandardPipeline.create(Gazetteer.loadDefault(), 1);
    }
    return instance;
  }

  /** The articles in {@code file} (a text file gives one), read by the CLI's readers. */
  static List<Article> read(Path file) {
    List<Article> out = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    new Inputs().read(List.of(file.toString()), new ArticleSink() {
      @Override
      public void article(Article article) {
        out.add(article);
      }

      @Override
      public void problem(Problem problem) {
        problems.add(problem);
      }
    });
    if (!problems.isEmpty()) {
      throw new IllegalStateException("cannot read " + file + ": " + problems);
    }
    return out;
  }
}
