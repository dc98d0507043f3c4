package org.demarche.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Explicit SQLite transactions on an auto-commit connection. A write transaction starts with
 * {@code BEGIN IMMEDIATE} so that it takes the write lock up front (waiting up to the busy
 * timeout) rather than failing half-way when another process writes.
 */
final class Transactions {

  /** Work done inside a transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private Transactions() {}

  /** Runs {@code work} in a write transaction: committed if it returns, rolled back if it throws. */
  static <T> T write(Connection c, Work<T> work) throws SQLException {
    exec(c, "BEGIN IMMEDIATE");
    boolean committed = false;
    try {
      T result = work.run(c);
      exec(c, "COMMIT");
      committed = true;
      return result;
    } finally {
      if (!committed) {
        rollbackQuietly(c);
      }
    }
  }

  /**
   * Runs {@code work} in a read transaction, so that all its queries see one snapshot even while
   * another connection commits.
   */
  static <T> T read(Connection c, Work<T> work) throws SQLException {
    beginRead(c);
    boolean ended = false;
    try {
      T result = work.run(c);
      endRead(c);
      ended = true;
      return result;
    } finally {
      if (!ended) {
        rollbackQuietly(c);
      }
    }
  }

  /** Starts a read transaction: the reads that follow see one snapshot until {@link #endRead}. */
  static void beginRead(Connection c) throws SQLException {
    exec(c, "BEGIN");
  }

  /** Ends a read transaction begun with {@link #beginRead}. */
  static void endRead(Connection c) throws SQLException {
    exec(c, "COMMIT");
  }

  /** Rolls back the open transaction, if any, ignoring errors. */
  static void rollbackQuietly(Connection c) {
    try {
      exec(c, "ROLLBACK");
    } catch (SQLException ignored) {
      // SQLite rolls back by itself on some errors (SQLITE_FULL); nothing is left to undo
    }
  }

  /** Executes one statement without parameters. */
  static void exec(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
