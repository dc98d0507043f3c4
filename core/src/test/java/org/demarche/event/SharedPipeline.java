package org.demarche.event;

import org.demarche.pipeline.Pipeline;
import org.demarche.pipeline.StandardPipeline;
import org.demarche.resolve.gazetteer.Gazetteer;

/** The real pipeline, built once per test JVM (about 15 s and 1 GB) for the classes that need it. */
final class SharedPipeline {

  private static Pipeline pipeline;

  private SharedPipeline() {}

  static synchronized Pipeline get() {
    if (pipeline == null) {
      pipeline = StandardPipeline.create(Gazetteer.loadDefault(), 1);
    }
    return pipeline;
  }
}
