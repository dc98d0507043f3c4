package org.demarche.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Article;
import org.demarche.model.Dateline;
import org.demarche.model.NerSpan;
import org.demarche.model.Sentence;
import org.demarche.model.Timex;

/**
 * The NLP stage over Stanford CoreNLP 4.5.10: sentences, tokens with exact character offsets,
 * part-of-speech tags, lemmas, coarse NER labels and name spans, SUTime time expressions
 * normalized for news (package {@code org.demarche.time}) and basic UD dependency trees.
 *
 * <p>The CoreNLP pipelines are built once, in the constructor (loading the models takes several
 * seconds and about 1.5 GB of heap); build one instance per process and share it. Thread-safe:
 * CoreNLP's tokenizer, tagger, lemmatizer, NER with SUTime and dependency parser keep no state
 * between documents, and each call works on its own CoreNLP document. Results do not depend on
 * which thread or in which order articles are annotated.
 *
 * <p>Time expressions use the article's publication date as SUTime's reference date, or, when it
 * has none, the dateline's date; with neither, relative expressions get no value.
 */
public final class CoreNlpAnnotator implements NlpAnnotator {

  private final NlpConfig config;
  private final StanfordCoreNLP pipeline;
  private final TimeAnnotator time;
  private final StanfordCoreNLP parser;
  private final TimexCollector timexes = new TimexCollector();

  /** An annotator with {@link NlpConfig#defaults()}. */
  public CoreNlpAnnotator() {
    this(NlpConfig.defaults());
  }

  /** An annotator computing what {@code config} asks for; loads the models. */
  public CoreNlpAnnotator(NlpConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.pipeline = CoreNlpPipelines.main(config);
    this.time = CoreNlpPipelines.time(config);
    this.parser = CoreNlpPipelines.parser(config);
  }

  /** The configuration this annotator was built with. */
  public NlpConfig config() {
    return config;
  }

  /** Annotates an article that has no dateline. */
  public AnnotatedArticle annotate(Article article) {
    return annotate(article, null);
  }

  @Override
  public AnnotatedArticle annotate(Article article, Dateline dateline) {
    Objects.requireNonNull(article, "article");
    String text = article.text();
    LocalDate reference = article.published() != null
        ? article.published()
        : dateline == null ? null : dateline.date();
    Annotation doc = new Annotation(text);
    if (reference != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, reference.toString());
    }
    pipeline.annotate(doc);
    if (time != null) {
      time.annotate(doc);
    }
    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    parse(doc, coreSentences, text);

    List<Sentence> sentences = new ArrayList<>(coreSentences.size());
    List<NerSpan> names = new ArrayList<>();
    for (CoreMap s : coreSentences) {
      Sentence sentence = SentenceConverter.sentence(sentences.size(), s, text, config.ner());
      sentences.add(sentence);
      names.addAll(SentenceConverter.names(sentence, text));
    }
    List<Timex> times = config.timex()
        ? timexes.collect(doc, config.ner(), sentences, text, reference)
        : List.of();
    return new AnnotatedArticle(article, dateline, sentences, names, times);
  }

  private void parse(Annotation doc, List<CoreMap> sentences, String text) {
    switch (config.parse()) {
      case NONE -> { }
      case ALL -> parser.annotate(doc);
      case CANDIDATES -> {
        List<CoreMap> chosen = new ArrayList<>();
        for (CoreMap s : sentences) {
          int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
          int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
          if (config.parseCandidates().test(text.substring(begin, end))) {
            chosen.add(s);
          }
        }
        if (!chosen.isEmpty()) {
          // the parser annotates the sentence maps in place; a document of just these is enough
          Annotation part = new Annotation(text);
          part.set(CoreAnnotations.SentencesAnnotation.class, chosen);
          parser.annotate(part);
        }
      }
    }
  }

  /**
   * Annotates {@code articles} on {@link NlpConfig#threads()} threads, without datelines.
   *
   * @return the results in the order of {@code articles}
   * @throws IllegalStateException naming the article when annotating one of them fails
   */
  public List<AnnotatedArticle> annotateAll(List<Article> articles) {
    if (config.threads() == 1 || articles.size() < 2) {
      List<AnnotatedArticle> out = new ArrayList<>(articles.size());
      for (Article a : articles) {
        out.add(annotate(a));
      }
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(config.threads(), articles.size()));
    try {
      List<Future<AnnotatedArticle>> futures = new ArrayList<>(articles.size());
      for (Article a : articles) {
        futures.add(pool.submit(() -> annotate(a)));
      }
      List<AnnotatedArticle> out = new ArrayList<>(articles.size());
      for (int i = 0; i < futures.size(); i++) {
        try {
          out.add(futures.get(i).get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("annotating article " + articles.get(i).id() + " failed",
              e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while annotating", e);
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
