package org.demarche.spark;

import org.demarche.pipeline.Pipeline;
import org.demarche.pipeline.StandardPipeline;
import org.demarche.resolve.gazetteer.Gazetteer;

/**
 * The one pipeline of this JVM. Loading CoreNLP's models takes seconds and over a gigabyte, so
 * every task of an executor (and, in local mode, of the whole job) shares one instance; the
 * pipeline is thread-safe. Built by the first task that needs it.
 */
final class SharedPipeline {

  private static volatile Pipeline pipeline;

  private SharedPipeline() {}

  /** The pipeline, built on first use. */
  static Pipeline get() {
    Pipeline p = pipeline;
    if (p == null) {
      synchronized (SharedPipeline.class) {
        p = pipeline;
        if (p == null) {
          p = StandardPipeline.create(Gazetteer.loadDefault(),
              Math.min(64, Runtime.getRuntime().availableProcessors()));
          pipeline = p;
        }
      }
    }
    return p;
  }
}
