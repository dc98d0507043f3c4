package org.demarche.resolve.gazetteer;

import java.time.LocalDate;
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
    LocalDate from = row.date("from");
    LocalDate to = row.date("to");
    if (from != null && to != null && to.isBefore(from)) {
      throw row.error("to", "ends before the start " + from + ": " + to);
    }
    Office office =
        new Office(row.required("office"), RowChecks.country(row, "country"), from, to);
    return new PersonRow(RowChecks.slug(row, "id"), row.text("name"), row.list("aliases"), office,
        gender, row.required("provenance"), row);
  }
}
