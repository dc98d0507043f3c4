package org.demarche.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * CPU time spent in each stage of a {@link Pipeline}, summed over all threads, in nanoseconds of
 * the thread that ran the stage. Thread-safe; recording costs two clock reads per stage.
 */
public final class StageTimes {

  /** The stages, in pipeline order. */
  public enum Stage {
    /** Dateline parsing. */
    DATELINE,
    /** The NLP stage: tokens, tags, lemmas and the selected NER, SUTime and parses. */
    NLP,
    /** Actor resolution. */
    RESOLVE,
    /** Quote attribution. */
    QUOTES,
    /** Event coding. */
    EVENTS
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final LongAdder[] nanos = new LongAdder[Stage.values().length];
  private final LongAdder articles = new LongAdder();

  /** Empty times. */
  public StageTimes() {
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = new LongAdder();
    }
  }

  /** The current thread's CPU time in nanoseconds, or its wall time where CPU time is unsupported. */
  static long now() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  void add(Stage stage, long ns) {
    nanos[stage.ordinal()].add(ns);
  }

  void article() {
    articles.increment();
  }

  /** How many articles went through every stage. */
  public long articles() {
    return articles.sum();
  }

  /** Milliseconds of CPU per article in each stage, in pipeline order; 0 when no article. */
  public Map<Stage, Double> millisPerArticle() {
    long n = articles.sum();
    Map<Stage, Double> out = new LinkedHashMap<>();
    for (Stage s : Stage.values()) {
      out.put(s, n == 0 ? 0.0 : nanos[s.ordinal()].sum() / 1e6 / n);
    }
    return out;
  }

  /** Forgets everything recorded, for instance after a warm-up. */
  public void reset() {
    for (LongAdder a : nanos) {
      a.reset();
    }
    articles.reset();
  }
}
