package org.demarche.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Article;
import org.demarche.model.Dateline;
import org.demarche.model.Dependency;
import org.demarche.model.NerSpan;
import org.demarche.model.Sentence;
import org.demarche.model.Timex;

/**
 * The NLP stage over Stanford CoreNLP 4.5.10: sentences, tokens with exact character offsets,
 * part-of-speech tags, lemmas, coarse NER labels and name spans, SUTime time expressions
 * normalized for news (package {@code org.demarche.time}) and basic UD dependency trees.
 *
 * <p>Each article is first tokenized, split, tagged and lemmatized; the configuration's
 * {@link SentenceSelection}s then pick, from that draft, the sentences that get NER, SUTime and a
 * dependency parse, and only those are given to the models.
 *
 * <p>The CoreNLP models are loaded once, in the constructor (several seconds and about 1 GB of
 * heap); build one instance per process and share it. Thread-safe: CoreNLP's tokenizer, tagger,
 * lemmatizer, NER, SUTime and dependency parser keep no state between documents, and each call
 * works on its own CoreNLP document. Results do not depend on which thread or in which order
 * articles are annotated.
 *
 * <p>Time expressions use the article's publication date as SUTime's reference date, or, when it
 * has none, the dateline's date; with neither, relative expressions get no value.
 */
public final class CoreNlpAnnotator implements NlpAnnotator {

  private final NlpConfig config;
  private final StanfordCoreNLP pipeline;
  private final NERCombinerAnnotator ner;
  private final TimeAnnotator time;
  private final DependencyParser parser;
  private final TimexCollector timexes = new TimexCollector();

  /** An annotator with {@link NlpConfig#defaults()}. */
  public CoreNlpAnnotator() {
    this(NlpConfig.defaults());
  }

  /**
   * An annotator computing what {@code config} asks for. Loads the models, each on its own thread:
   * on two cores that takes about half the time of loading them one after the other.
   */
  public CoreNlpAnnotator(NlpConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    ExecutorService loaders = Executors.newFixedThreadPool(3, r -> {
      Thread t = new Thread(r, "demarche-model-loader");
      t.setDaemon(true);
      return t;
    });
    try {
      Future<NERCombinerAnnotator> nerModel = loaders.submit(() -> CoreNlpPipelines.ner(config));
      Future<TimeAnnotator> timeRules = loaders.submit(() -> CoreNlpPipelines.time(config));
      Future<DependencyParser> parserModel = loaders.submit(() -> CoreNlpPipelines.parser(config));
      this.pipeline = CoreNlpPipelines.main();
      this.ner = loaded(nerModel);
      this.time = loaded(timeRules);
      this.parser = loaded(parserModel);
    } finally {
      loaders.shutdownNow();
    }
  }

  private static <T> T loaded(Future<T> model) {
    try {
      return model.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("cannot load a CoreNLP model", cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the CoreNLP models", e);
    }
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
    pipeline.annotate(doc);
    List<CoreMap> core = doc.get(CoreAnnotations.SentencesAnnotation.class);

    List<Sentence> draft = new ArrayList<>(core.size());
    for (CoreMap s : core) {
      draft.add(SentenceConverter.sentence(draft.size(), s, text, false, List.of()));
    }
    AnnotatedArticle drafted = new AnnotatedArticle(article, dateline, draft, List.of(), List.of());
    BitSet named = ner == null ? new BitSet() : config.ner().select(drafted);
    BitSet dated = time == null ? new BitSet() : config.timex().select(drafted);
    BitSet parsed = parser == null ? new BitSet() : config.parse().select(drafted);

    if (!named.isEmpty()) {
      stopIfInterrupted(article);
      ner.annotate(document(text, picked(core, named), null));
    }
    Annotation timeDoc = null;
    if (!dated.isEmpty()) {
      stopIfInterrupted(article);
      timeDoc = document(text, TimeWindows.of(core, dated, text), reference);
      time.annotate(timeDoc);
    }
    List<Sentence> sentences = new ArrayList<>(core.size());
    List<NerSpan> names = new ArrayList<>();
    for (int i = 0; i < core.size(); i++) {
      Sentence sentence = draft.get(i);
      if (named.get(i) || parsed.get(i)) {
        stopIfInterrupted(article);
        List<Dependency> edges = parsed.get(i) ? parse(core.get(i)) : List.of();
        sentence = SentenceConverter.sentence(i, core.get(i), text, named.get(i), edges);
      }
      sentences.add(sentence);
      if (named.get(i)) {
        names.addAll(SentenceConverter.names(sentence, text));
      }
    }
    List<Timex> times = time == null
        ? List.of()
        : timexes.collect(timeDoc, sentences, text, reference);
    return new AnnotatedArticle(article, dateline, sentences, names, times);
  }

  /**
   * Ends the work on an article whose time budget ran out (its worker is interrupted), so that
   * the worker is free for the next article instead of finishing work nobody will read.
   */
  private static void stopIfInterrupted(Article article) {
    if (Thread.currentThread().isInterrupted()) {
      throw new java.util.concurrent.CancellationException(
          "annotating article " + article.id() + " was interrupted");
    }
  }

  /** The chosen sentences; annotators change the sentence maps in place. */
  private static List<CoreMap> picked(List<CoreMap> sentences, BitSet chosen) {
    List<CoreMap> picked = new ArrayList<>(chosen.cardinality());
    for (int i = chosen.nextSetBit(0); i >= 0 && i < sentences.size(); i = chosen.nextSetBit(i + 1)) {
      picked.add(sentences.get(i));
    }
    return picked;
  }

  /** A CoreNLP document of some sentences (or parts of them) only. */
  private static Annotation document(String text, List<CoreMap> sentences, LocalDate reference) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap s : sentences) {
      tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    Annotation part = new Annotation(text);
    part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    part.set(CoreAnnotations.TokensAnnotation.class, tokens);
    if (reference != null) {
      part.set(CoreAnnotations.DocDateAnnotation.class, reference.toString());
    }
    return part;
  }

  /** Basic UD edges named as in enhanced UD where that only adds the case marker. */
  private List<Dependency> parse(CoreMap sentence) {
    GrammaticalStructure gs = parser.predict(sentence);
    SemanticGraph basic = SemanticGraphFactory.makeFromTree(
        gs, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null);
    SemanticGraph enhanced = SemanticGraphFactory.makeFromTree(
        gs, SemanticGraphFactory.Mode.ENHANCED, GrammaticalStructure.Extras.NONE, null);
    return SentenceConverter.dependencies(basic, enhanced);
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
