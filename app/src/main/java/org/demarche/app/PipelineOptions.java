package org.demarche.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.demarche.pipeline.Pipeline;
import org.demarche.pipeline.StandardPipeline;
import picocli.CommandLine.Option;

/** Options shared by every command that runs the pipeline. */
final class PipelineOptions {

  @Option(names = "--gazetteer", paramLabel = "FILE",
      description = "Extra gazetteer rows (TSV, see the gazetteer FORMAT.md) that add to or override the built-in ones. Repeatable.")
  List<Path> gazetteers = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N",
      description = "Articles processed at once (default: the number of processors).")
  Integer threads;

  @Option(names = "--time-budget", paramLabel = "SECONDS", defaultValue = "60",
      description = "The most time one article may take before it is skipped and reported (default ${DEFAULT-VALUE}).")
  int budgetSeconds;

  @Option(names = {"-q", "--quiet"}, description = "No progress or summary on standard error; problems are still reported.")
  boolean quiet;

  /**
   * Checks the options that need no models: the thread count, the time budget, and that every
   * {@code --gazetteer} file is there and readable. Called before anything is opened or loaded.
   *
   * @throws IllegalArgumentException naming the option and the value (a usage error, exit 2)
   */
  void check() {
    threads();
    budget();
    for (Path file : gazetteers) {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("--gazetteer: no such file: " + file);
      }
      if (!Files.isReadable(file)) {
        throw new IllegalArgumentException("--gazetteer: cannot read " + file);
      }
    }
  }

  int threads() {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1 || n > 64) {
      throw new IllegalArgumentException("--threads must be within 1..64: " + n);
    }
    return n;
  }

  Duration budget() {
    if (budgetSeconds < 1) {
      throw new IllegalArgumentException("--time-budget must be at least 1 second: " + budgetSeconds);
    }
    return Duration.ofSeconds(budgetSeconds);
  }

  /**
   * The pipeline for these options: {@link StandardPipeline#shared}, built once per JVM and set
   * of options, so commands run in one process (tests, {@code demo}) share the loaded models, and
   * the Spark job's executors build theirs the same way.
   */
  Pipeline build(Console console) {
    check();
    int n = threads();
    if (StandardPipeline.isShared(gazetteers, n)) {
      return StandardPipeline.shared(gazetteers, n);
    }
    long t0 = System.nanoTime();
    console.status("loading models (CoreNLP, gazetteer)...");
    Pipeline p = StandardPipeline.shared(gazetteers, n);
    console.status(String.format("models loaded in %.1f s", (System.nanoTime() - t0) / 1e9));
    return p;
  }
}
