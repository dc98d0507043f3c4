package org.demarche.export;

import java.io.Closeable;
import java.io.IOException;
import org.demarche.model.Extraction;

/**
 * Writes extractions to an output format (JSON Lines, CSV tables). Not thread-safe: one
 * writer is fed from one thread.
 */
public interface ExtractionWriter extends Closeable {

  /** Writes one article's extraction. */
  void write(Extraction extraction) throws IOException;

  /** Writes what is buffered (footers, aggregated tables) and closes the output. */
  @Override
  void close() throws IOException;
}
