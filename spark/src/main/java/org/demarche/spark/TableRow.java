package org.demarche.spark;

import java.io.Serializable;
import java.util.Objects;
import org.apache.spark.sql.Row;

/** One row of one of the job's tables, tagged with its table. Immutable. */
final class TableRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Table table;
  private final Row row;

  TableRow(Table table, Row row) {
    this.table = Objects.requireNonNull(table, "table");
    this.row = Objects.requireNonNull(row, "row");
    if (row.size() != table.schema().size()) {
      throw new IllegalArgumentException("a row of " + table.dirName() + " needs "
          + table.schema().size() + " columns, not " + row.size());
    }
  }

  Table table() {
    return table;
  }

  Row row() {
    return row;
  }
}
