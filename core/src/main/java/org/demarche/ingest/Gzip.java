package org.demarche.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Transparent gzip decompression, chosen by the stream's magic bytes rather than its name. */
final class Gzip {

  private Gzip() {}

  /** {@code in} decompressed when it starts with the gzip magic bytes, else {@code in} itself. */
  static InputStream maybeDecompress(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
    buffered.mark(2);
    int b1 = buffered.read();
    int b2 = buffered.read();
    buffered.reset();
    if (b1 == 0x1f && b2 == 0x8b) {
      return new GZIPInputStream(buffered, 64 * 1024);
    }
    return buffered;
  }

  /**
   * Whether {@code e} says the compressed data is cut short or corrupt (a problem with the
   * input) rather than that reading failed.
   */
  static boolean isBadData(IOException e) {
    return e instanceof EOFException || e instanceof ZipException;
  }
}
