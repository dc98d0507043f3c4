package org.demarche.pipeline;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.demarche.event.DependencyEventCoder;
import org.demarche.event.EventLexicon;
import org.demarche.ingest.DatelineParser;
import org.demarche.nlp.CoreNlpAnnotator;
import org.demarche.quote.SieveQuoteAttributor;
import org.demarche.resolve.GazetteerActorResolver;
import org.demarche.resolve.gazetteer.Gazetteer;

/**
 * Builds Demarche's standard pipeline: CoreNLP, the gazetteer resolver, sieves, the lexicon.
 * {@link #shared} is the one way the {@code demarche} commands and the Spark job's executors get
 * theirs, so both run the same pipeline.
 */
public final class StandardPipeline {

  /** Pipelines built by {@link #shared}, by gazetteer files and threads; guarded by itself. */
  private static final Map<List<Object>, Pipeline> SHARED = new HashMap<>();

  private StandardPipeline() {}

  /**
   * The standard pipeline over the shipped gazetteer and {@code gazetteerFiles}, built on the
   * first call with these arguments and shared by every later caller in this JVM (commands run in
   * one process, the tasks of a Spark executor). Thread-safe: callers wait while it loads.
   *
   * @param gazetteerFiles user gazetteer files that add to or override the shipped rows, possibly
   *     empty ({@link Gazetteer#load})
   * @param threads how many articles will be processed at once, 1..64
   * @throws IllegalArgumentException for a malformed gazetteer row or a bad thread count
   */
  public static Pipeline shared(List<Path> gazetteerFiles, int threads) {
    List<Object> key = List.of(List.copyOf(gazetteerFiles), threads);
    synchronized (SHARED) {
      Pipeline built = SHARED.get(key);
      if (built == null) {
        Gazetteer gazetteer = gazetteerFiles.isEmpty()
            ? Gazetteer.loadDefault() : Gazetteer.load(gazetteerFiles);
        built = create(gazetteer, threads);
        SHARED.put(key, built);
      }
      return built;
    }
  }

  /** Whether {@link #shared} with these arguments would return a pipeline already built. */
  public static boolean isShared(List<Path> gazetteerFiles, int threads) {
    synchronized (SHARED) {
      return SHARED.containsKey(List.of(List.copyOf(gazetteerFiles), threads));
    }
  }

  /**
   * The standard pipeline over {@code gazetteer}. Loading CoreNLP's models takes seconds and
   * gigabytes: build one and share it between threads.
   *
   * @param threads how many articles will be processed at once
   */
  public static Pipeline create(Gazetteer gazetteer, int threads) {
    GazetteerActorResolver resolver = new GazetteerActorResolver(gazetteer);
    EventLexicon lexicon = EventLexicon.loadDefault();
    return new Pipeline(
        new DatelineParser(new GazetteerPlaces(gazetteer)),
        new CoreNlpAnnotator(NlpNeeds.config(resolver, lexicon, threads)),
        resolver,
        new SieveQuoteAttributor(gazetteer),
        new DependencyEventCoder(lexicon));
  }
}
