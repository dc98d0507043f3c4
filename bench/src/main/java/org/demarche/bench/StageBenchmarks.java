package org.demarche.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.demarche.event.DependencyEventCoder;
import org.demarche.event.EventLexicon;
import org.demarche.ingest.DatelineParser;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Article;
import org.demarche.model.Event;
import org.demarche.model.Extraction;
import org.demarche.model.Quote;
import org.demarche.model.ResolvedArticle;
import org.demarche.nlp.CoreNlpAnnotator;
import org.demarche.pipeline.NlpNeeds;
import org.demarche.pipeline.Pipeline;
import org.demarche.quote.SieveQuoteAttributor;
import org.demarche.resolve.GazetteerActorResolver;
import org.demarche.resolve.gazetteer.Gazetteer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The stages after NLP, each on the sample articles as the stage before left them, and the whole
 * standard pipeline (dateline places from the ingest table), per article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class StageBenchmarks {

  private final List<AnnotatedArticle> annotated = new ArrayList<>();
  private final List<ResolvedArticle> resolved = new ArrayList<>();
  private final List<List<Quote>> quotes = new ArrayList<>();
  private List<Article> samples;
  private GazetteerActorResolver resolver;
  private SieveQuoteAttributor attributor;
  private DependencyEventCoder coder;
  private Pipeline pipeline;
  private int next;

  @Setup
  public void load() {
    samples = Samples.read();
    Gazetteer gazetteer = Gazetteer.loadDefault();
    EventLexicon lexicon = EventLexicon.loadDefault();
    resolver = new GazetteerActorResolver(gazetteer);
    attributor = new SieveQuoteAttributor();
    coder = new DependencyEventCoder(lexicon);
    CoreNlpAnnotator nlp = new CoreNlpAnnotator(NlpNeeds.config(resolver, lexicon, 1));
    for (Article a : samples) {
      AnnotatedArticle x = nlp.annotate(a);
      ResolvedArticle r = resolver.resolve(x);
      annotated.add(x);
      resolved.add(r);
      quotes.add(attributor.attribute(r));
    }
    // the standard pipeline's stages, the gazetteer's dateline places aside
    pipeline = new Pipeline(new DatelineParser(), nlp, resolver, attributor, coder);
  }

  private int next() {
    int i = next;
    next = (next + 1) % samples.size();
    return i;
  }

  @Benchmark
  public ResolvedArticle resolve() {
    return resolver.resolve(annotated.get(next()));
  }

  @Benchmark
  public List<Quote> quotes() {
    return attributor.attribute(resolved.get(next()));
  }

  @Benchmark
  public List<Event> events() {
    int i = next();
    return coder.code(resolved.get(i), quotes.get(i));
  }

  /** Everything, from the article's text to its extraction. */
  @Benchmark
  public Extraction pipeline() {
    return pipeline.process(samples.get(next()));
  }
}
