package org.demarche.app;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file written whole or not at all: the commands write a temporary file beside the
 * target and move it over the target once complete, so that an interrupted run never leaves a
 * half-written file where a complete one was. Without a target, standard output (left open).
 */
final class AtomicOutput {

  /** What writes the output. */
  @FunctionalInterface
  interface Body<T> {
    /** Writes everything to {@code out}; may close it. */
    T write(OutputStream out) throws Exception;
  }

  private AtomicOutput() {}

  /**
   * Runs {@code body} on a temporary file beside {@code target} and moves the file over
   * {@code target} when {@code body} returns; when it throws, {@code target} is left as it was.
   *
   * @param target the file to write, or null for standard output
   * @return what {@code body} returned
   */
  static <T> T write(Path target, Body<T> body) throws Exception {
    if (target == null) {
      return body.write(new NonClosing(System.out));
    }
    Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".part");
    try {
      T result;
      try (OutputStream stream = Files.newOutputStream(tmp)) {
        result = body.write(stream);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return result;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Standard output that a writer may close: closing flushes it. */
  static final class NonClosing extends FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
