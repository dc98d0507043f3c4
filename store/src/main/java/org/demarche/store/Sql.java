package org.demarche.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Small JDBC helpers. Every value reaches SQLite as a bound parameter, never as SQL text.
 * Booleans are bound as 0/1 and dates as ISO text.
 */
final class Sql {

  /** Maps the current row of a result set to a value. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private Sql() {}

  /** The values as a parameter list; unlike {@code List.of} it may hold nulls (bound as NULL). */
  static List<Object> params(Object... values) {
    return Arrays.asList(values);
  }

  /** Binds {@code params} to the statement's parameters 1..n. */
  static void bind(PreparedStatement ps, List<?> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      Object p = params.get(i);
      if (p instanceof Boolean b) {
        ps.setInt(i + 1, b ? 1 : 0);
      } else if (p instanceof LocalDate d) {
        ps.setString(i + 1, d.toString());
      } else {
        ps.setObject(i + 1, p);
      }
    }
  }

  /** Binds {@code values} to a prepared INSERT, UPDATE or DELETE and runs it. */
  static void run(PreparedStatement ps, Object... values) throws SQLException {
    bind(ps, Arrays.asList(values));
    ps.executeUpdate();
  }

  /** Runs an INSERT, UPDATE or DELETE and returns the number of rows changed. */
  static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, Arrays.asList(params));
      return ps.executeUpdate();
    }
  }

  /** Runs a query and maps every row. */
  static <T> List<T> list(Connection c, String sql, List<?> params, RowMapper<T> mapper)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(mapper.map(rs));
        }
        return out;
      }
    }
  }

  /** Runs a query and maps its first row, if any. */
  static <T> Optional<T> first(Connection c, String sql, List<?> params, RowMapper<T> mapper)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(mapper.map(rs)) : Optional.empty();
      }
    }
  }

  /** Runs a query whose single row holds one number. */
  static long count(Connection c, String sql, List<?> params) throws SQLException {
    return first(c, sql, params, rs -> rs.getLong(1)).orElse(0L);
  }

  /** The ISO date in column {@code column}, or null. */
  static LocalDate date(ResultSet rs, String column) throws SQLException {
    String s = rs.getString(column);
    return s == null ? null : LocalDate.parse(s);
  }

  /** The integer in column {@code column}, or null when it is NULL. */
  static Integer intOrNull(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }
}
