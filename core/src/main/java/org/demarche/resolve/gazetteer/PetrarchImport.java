package org.demarche.resolve.gazetteer;

import java.util.List;

/**
 * The result of converting a PETRARCH/Phoenix actor dictionary ({@link PetrarchImporter}).
 *
 * @param lines the user gazetteer file: header lines, rows, and {@code #} notes on whatever was
 *     left out
 * @param people how many people were converted (each with one row per dated code)
 * @param organizations how many organizations were converted
 * @param skipped actors left out on purpose: country-level entries, ids already known
 * @param problems lines that could not be read: codes or synonyms without an actor, unreadable
 *     codes or dates, actors without a code or a usable name
 */
public record PetrarchImport(List<String> lines, int people, int organizations, int skipped,
    int problems) {

  /** Copies the lines. */
  public PetrarchImport {
    lines = List.copyOf(lines);
  }
}
