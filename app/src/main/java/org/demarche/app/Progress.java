package org.demarche.app;

import java.io.PrintStream;

/**
 * A progress line on standard error: articles done and their rate, redrawn in place on a
 * terminal and printed every 1,000 articles otherwise. Not thread-safe: one thread steps it.
 */
final class Progress {

  private final PrintStream err;
  private final String what;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private long lastDraw;
  private int done;

  Progress(PrintStream err, String what, boolean terminal) {
    this.err = err;
    this.what = what;
    this.terminal = terminal;
  }

  void step() {
    done++;
    if (err == null) {
      return;
    }
    long now = System.nanoTime();
    if (terminal && now - lastDraw > 200_000_000L) {
      err.printf("\r%s: %d articles, %.1f/s   ", what, done, done / seconds());
      lastDraw = now;
    } else if (!terminal && done % 1000 == 0) {
      err.printf("%s: %d articles, %.1f/s%n", what, done, done / seconds());
    }
  }

  void done() {
    if (err != null && terminal && done > 0) {
      err.print("\r\033[K");
    }
  }

  int count() {
    return done;
  }

  double seconds() {
    return Math.max(1e-9, (System.nanoTime() - start) / 1e9);
  }
}
