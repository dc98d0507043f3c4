package org.demarche.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Objects;
import java.util.Properties;
import org.demarche.model.Article;

/**
 * CoreNLP's default pipeline ({@value #ANNOTATORS}, every setting at CoreNLP's default), the
 * yardstick of {@code demarche bench}. Its output is computed and dropped: nothing converts it.
 * Loading takes about 4 GB of heap. Thread-safe: one instance serves all threads.
 */
public final class CoreNlpBaseline {

  /** The annotators of the baseline. */
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

  private final StanfordCoreNLP pipeline;

  /** Loads the baseline's models. */
  public CoreNlpBaseline() {
    Properties p = new Properties();
    p.setProperty("annotators", ANNOTATORS);
    this.pipeline = new StanfordCoreNLP(p);
  }

  /**
   * Annotates the article's text, with its publication date as the document date when it has one.
   *
   * @return how many tokens the article has
   */
  public int annotate(Article article) {
    Objects.requireNonNull(article, "article");
    Annotation doc = new Annotation(article.text());
    if (article.published() != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
    }
    pipeline.annotate(doc);
    return doc.get(CoreAnnotations.TokensAnnotation.class).size();
  }
}
