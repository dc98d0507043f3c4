package org.demarche.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A WHERE clause built from fixed SQL fragments joined by AND, with the values for their
 * {@code ?} parameters kept beside them in order. User input only ever goes into the values.
 */
final class Where {

  private final List<String> clauses = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  /** Adds {@code clause} (fixed SQL with {@code ?} placeholders) and its parameter values. */
  Where and(String clause, Object... values) {
    clauses.add(clause);
    params.addAll(Arrays.asList(values));
    return this;
  }

  /** {@code " WHERE a AND b"}, or the empty string when there are no clauses. */
  String sql() {
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  /** {@code " AND a AND b"} to extend an existing WHERE, or the empty string. */
  String andSql() {
    return clauses.isEmpty() ? "" : " AND " + String.join(" AND ", clauses);
  }

  /** The parameter values in placeholder order. */
  List<Object> params() {
    return params;
  }
}
