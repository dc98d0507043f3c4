package org.demarche.resolve.gazetteer;

import java.util.List;

/**
 * One row of {@code people.tsv}: one tenure of one person. Rows with the same id are the same
 * person; the first of them must carry the name, later ones may leave name, aliases and gender
 * empty.
 */
record PersonRow(
    String id, String name, List<String> aliases, Office office, String gender, String provenance,
    TsvRow row) {

  static final List<String> HEADER =
      List.of("id", "name", "aliases", "country", "office", "from", "to", "gender", "provenance");

  /** Reads and checks a row. */
  static PersonRow from(TsvRow row) {
    String gender = row.text("gender");
    if (gender != null && !gender.equals("m") && !gender.equals("f")) {
      throw row.error("gender", "must be m, f or empty: " + gender);
    }
    Office office;
    try {
      office = new Office(row.required("office"), RowChecks.country(row, "country"),
          row.date("from"), row.date("to"));
    } catch (IllegalArgumentException e) {
      if (e.getMessage().startsWith(row.source() + ":")) {
        throw e;
      }
      throw row.error("to", e.getMessage());
    }
    return new PersonRow(RowChecks.slug(row, "id"), row.text("name"), row.list("aliases"), office,
        gender, row.required("provenance"), row);
  }
}
