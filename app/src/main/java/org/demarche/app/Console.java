package org.demarche.app;

import java.io.PrintStream;
import java.nio.file.Path;
import org.demarche.model.Problem;
import org.demarche.pipeline.BatchExtractor;

/** What the command line tells the user on standard error: status, problems, progress, summary. */
final class Console {

  private final PrintStream err = System.err;
  private final boolean quiet;

  Console(boolean quiet) {
    this.quiet = quiet;
  }

  void status(String message) {
    if (!quiet) {
      err.println("demarche: " + message);
    }
  }

  /** A rejected input: always shown, one line, file and reason. */
  void problem(Problem p) {
    err.println("demarche: rejected " + p);
  }

  Progress progress(String what) {
    return progress(what, InputSizes.none());
  }

  Progress progress(String what, InputSizes sizes) {
    return new Progress(quiet ? null : err, what, System.console() != null, sizes);
  }

  void summary(BatchExtractor.Summary s, Progress progress, Path out) {
    if (quiet) {
      return;
    }
    double seconds = progress.seconds();
    err.printf("demarche: %d articles read, %d extracted, %d inputs rejected in %.1f s (%.1f articles/s)%s%n",
        s.read(), s.extracted(), s.rejected(), seconds, seconds > 0 ? s.extracted() / seconds : 0.0,
        out == null ? "" : "; wrote " + out);
  }
}
