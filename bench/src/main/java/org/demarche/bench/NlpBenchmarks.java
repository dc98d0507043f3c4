package org.demarche.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.demarche.event.EventLexicon;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Article;
import org.demarche.nlp.CoreNlpAnnotator;
import org.demarche.nlp.NlpConfig;
import org.demarche.nlp.SentenceSelection;
import org.demarche.pipeline.NlpNeeds;
import org.demarche.resolve.GazetteerActorResolver;
import org.demarche.resolve.gazetteer.Gazetteer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The NLP stage per sample article under each configuration: {@code tag} (tokens, tags, lemmas
 * only), each costly annotation on every sentence alone ({@code ner-all}, {@code timex-all},
 * {@code parse-all}), all of them ({@code all}), and what extraction needs ({@code needs}, the
 * standard pipeline's). The differences are the stages' costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class NlpBenchmarks {

  @Param({"tag", "ner-all", "timex-all", "parse-all", "all", "needs"})
  public String config;

  private CoreNlpAnnotator annotator;
  private List<Article> samples;
  private int next;

  @Setup
  public void load() {
    samples = Samples.read();
    NlpConfig tag = NlpConfig.defaults().withThreads(1).withNer(false).withTimex(false)
        .withParse(SentenceSelection.NONE);
    NlpConfig c = switch (config) {
      case "tag" -> tag;
      case "ner-all" -> tag.withNer(true);
      case "timex-all" -> tag.withTimex(true);
      case "parse-all" -> tag.withParse(SentenceSelection.ALL);
      case "all" -> NlpConfig.defaults().withThreads(1);
      case "needs" -> NlpNeeds.config(new GazetteerActorResolver(Gazetteer.loadDefault()),
          EventLexicon.loadDefault(), 1);
      default -> throw new IllegalArgumentException("unknown config: " + config);
    };
    annotator = new CoreNlpAnnotator(c);
  }

  /** One sample article, the next each call. */
  @Benchmark
  public AnnotatedArticle annotate() {
    Article a = samples.get(next);
    next = (next + 1) % samples.size();
    return annotator.annotate(a);
  }
}
