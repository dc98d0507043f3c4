package org.demarche.app;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.Set;

/**
 * A progress line on standard error: articles done, their rate and, when the input sizes are
 * known, the share of bytes read and an ETA. Redrawn in place on a terminal, printed every
 * 1,000 articles otherwise. Not thread-safe: one thread steps it.
 */
final class Progress {

  private final PrintStream err;
  private final String what;
  private final boolean terminal;
  private final InputSizes sizes;
  private final long start = System.nanoTime();
  private final Set<String> files = new HashSet<>();
  private String currentFile;
  private long bytesDone;
  private long lastDraw;
  private int done;

  Progress(PrintStream err, String what, boolean terminal, InputSizes sizes) {
    this.err = err;
    this.what = what;
    this.terminal = terminal;
    this.sizes = sizes;
  }

  /** One article done. */
  void step() {
    step(null);
  }

  /** One article done, read from {@code sourcePath}. */
  void step(String sourcePath) {
    done++;
    if (sourcePath != null) {
      String file = sizes.fileOf(sourcePath);
      if (file != null && !file.equals(currentFile)) {
        if (currentFile != null) {
          bytesDone += sizes.sizeOf(currentFile);
        }
        currentFile = files.add(file) ? file : currentFile;
      }
    }
    if (err == null) {
      return;
    }
    long now = System.nanoTime();
    if (terminal && now - lastDraw > 200_000_000L) {
      err.print("\r" + line() + "   ");
      lastDraw = now;
    } else if (!terminal && done % 1000 == 0) {
      err.println(line());
    }
  }

  String line() {
    double s = seconds();
    StringBuilder b = new StringBuilder(String.format("%s: %d articles, %.1f/s", what, done, done / s));
    if (sizes.total() > 0 && bytesDone > 0) {
      double share = Math.min(1.0, (double) bytesDone / sizes.total());
      long eta = Math.round(s * (1 - share) / share);
      b.append(String.format(", %.0f%%, ETA %d:%02d", share * 100, eta / 60, eta % 60));
    }
    return b.toString();
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
