package org.demarche.spark;

import java.nio.file.Path;
import java.util.List;
import org.demarche.pipeline.Pipeline;
import org.demarche.pipeline.StandardPipeline;

/**
 * The one pipeline of this JVM: {@link StandardPipeline#shared}, what {@code demarche extract}
 * builds for the same gazetteer files and its default thread count. Loading CoreNLP's models
 * takes seconds and over a gigabyte, so every task of an executor (and, in local mode, of the
 * whole job) shares one instance; the pipeline is thread-safe. Built by the first task that
 * needs it.
 */
final class SharedPipeline {

  private SharedPipeline() {}

  /**
   * The pipeline, built on first use.
   *
   * @param gazetteerFiles user gazetteer files, local to the JVM (on a cluster, shipped with
   *     {@code spark-submit --files} and named relative to the working directory)
   */
  static Pipeline get(List<String> gazetteerFiles) {
    return StandardPipeline.shared(gazetteerFiles.stream().map(Path::of).toList(), threads());
  }

  /** {@code demarche extract}'s default: one thread per processor (at most 64). */
  static int threads() {
    return Math.min(64, Runtime.getRuntime().availableProcessors());
  }
}
