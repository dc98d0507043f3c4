package org.demarche.resolve.gazetteer;

import java.util.List;

/** One row of {@code organizations.tsv}. */
record OrganizationRow(
    String id, String name, List<String> aliases, String country, String provenance, TsvRow row) {

  static final List<String> HEADER = List.of("id", "name", "aliases", "country", "provenance");

  /** Reads and checks a row. */
  static OrganizationRow from(TsvRow row) {
    return new OrganizationRow(RowChecks.slug(row, "id"), row.required("name"), row.list("aliases"),
        RowChecks.country(row, "country"), row.required("provenance"), row);
  }
}
