package org.demarche.resolve.gazetteer;

import java.util.List;

/**
 * One row of {@code organizations.tsv}.
 *
 * @param seats places whose name stands for the organization when they act ({@code Brussels}
 *     for the EU); not aliases: {@code in Brussels} stays the city
 */
record OrganizationRow(
    String id, String name, List<String> aliases, String country, List<String> seats,
    String provenance, TsvRow row) {

  static final List<String> HEADER =
      List.of("id", "name", "aliases", "country", "seats", "provenance");

  /** The columns before {@code seats} was added; user files may still use them. */
  static final List<String> HEADER_WITHOUT_SEATS =
      List.of("id", "name", "aliases", "country", "provenance");

  /** Reads and checks a row of either header. */
  static OrganizationRow from(TsvRow row) {
    List<String> seats = row.header().contains("seats") ? row.list("seats") : List.of();
    return new OrganizationRow(RowChecks.slug(row, "id"), row.required("name"), row.list("aliases"),
        RowChecks.country(row, "country"), seats, row.required("provenance"), row);
  }
}
