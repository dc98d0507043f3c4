package org.demarche.ingest;

/**
 * What one {@link Inputs#read} call did.
 *
 * @param sources files (and standard input) opened and handed to a reader
 * @param articles articles passed to the sink
 * @param problems problems passed to the sink, including paths that could not be opened
 */
public record ReadSummary(long sources, long articles, long problems) {

  public ReadSummary {
    if (sources < 0 || articles < 0 || problems < 0) {
      throw new IllegalArgumentException("negative count in summary: sources " + sources
          + ", articles " + articles + ", problems " + problems);
    }
  }
}
