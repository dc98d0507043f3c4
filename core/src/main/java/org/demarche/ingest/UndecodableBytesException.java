package org.demarche.ingest;

import java.nio.charset.Charset;

/** Bytes that are not valid in the charset they are read in; carries the offending offset. */
final class UndecodableBytesException extends Exception {

  private final long byteOffset;

  UndecodableBytesException(Charset charset, long byteOffset) {
    this(charset, byteOffset, null);
  }

  /** With {@code hint} (what the bytes look like, see {@link EncodingGuess}) after the reason. */
  UndecodableBytesException(Charset charset, long byteOffset, String hint) {
    super("not " + charset.name() + " (invalid byte at offset " + byteOffset + ")"
        + (hint == null ? "" : "; " + hint));
    this.byteOffset = byteOffset;
  }

  /** Offset of the first invalid byte, counted from the start of the source. */
  long byteOffset() {
    return byteOffset;
  }
}
