package org.demarche.resolve.gazetteer;

import java.util.List;

/** One row of {@code places.tsv}: a place that is not a capital. */
record PlaceRow(
    String id,
    String name,
    List<String> aliases,
    String country,
    String kind,
    String provenance,
    TsvRow row) {

  static final List<String> HEADER =
      List.of("id", "name", "aliases", "country", "kind", "provenance");

  /** Reads and checks a row. */
  static PlaceRow from(TsvRow row) {
    return new PlaceRow(RowChecks.slug(row, "id"), row.required("name"), row.list("aliases"),
        RowChecks.country(row, "country"), row.required("kind"), row.required("provenance"), row);
  }
}
