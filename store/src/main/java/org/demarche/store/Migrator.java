package org.demarche.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * Brings a database to the schema version of a list of migrations, or refuses it.
 *
 * <p>The version is the highest {@code version} in the {@code schema_version} table (0 for an
 * empty file). Each missing migration runs in its own write transaction together with its
 * {@code schema_version} row, so a crash leaves the database at the last whole version. A
 * database newer than the code, or a non-empty SQLite file without {@code schema_version}, is
 * refused.
 */
final class Migrator {

  private static final String CREATE_VERSION_TABLE = """
      CREATE TABLE IF NOT EXISTS schema_version (
        version INTEGER PRIMARY KEY,
        description TEXT NOT NULL,
        applied_at TEXT NOT NULL)""";

  private final List<Migration> migrations;
  private final Clock clock;

  Migrator(List<Migration> migrations, Clock clock) {
    for (int i = 0; i < migrations.size(); i++) {
      if (migrations.get(i).version() != i + 1) {
        throw new IllegalArgumentException(
            "migration " + i + " has version " + migrations.get(i).version() + ", expected " + (i + 1));
      }
    }
    this.migrations = List.copyOf(migrations);
    this.clock = clock;
  }

  /** The version the migrations lead to. */
  int latest() {
    return migrations.size();
  }

  /** The schema version of the database behind {@code c}. */
  static int currentVersion(Connection c, Path path) throws SQLException {
    List<Object> none = List.of();
    boolean versioned = Sql.count(c,
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'",
        none) > 0;
    if (versioned) {
      return (int) Sql.count(c, "SELECT coalesce(max(version), 0) FROM schema_version", none);
    }
    long tables = Sql.count(c,
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        none);
    if (tables > 0) {
      throw new StoreException(
          "not a Demarche database (an SQLite file without schema_version): " + path);
    }
    return 0;
  }

  /** Applies every missing migration; returns the version reached. */
  int migrate(Connection c, Path path) throws SQLException {
    int version = currentVersion(c, path);
    refuseNewer(version, path);
    while (version < latest()) {
      Migration next = migrations.get(version);
      // another process may have migrated while we waited for the lock: look again inside
      version = Transactions.write(c, tx -> {
        int now = currentVersion(tx, path);
        if (now >= next.version()) {
          return now;
        }
        Transactions.exec(tx, CREATE_VERSION_TABLE);
        for (String statement : next.statements()) {
          Transactions.exec(tx, statement);
        }
        Sql.update(tx, "INSERT INTO schema_version(version, description, applied_at) VALUES (?, ?, ?)",
            next.version(), next.description(), clock.instant().toString());
        return next.version();
      });
    }
    return version;
  }

  /** Checks, without writing, that the database is exactly at the latest version. */
  int check(Connection c, Path path) throws SQLException {
    int version = currentVersion(c, path);
    refuseNewer(version, path);
    if (version == 0) {
      throw new StoreException("database is empty (never written by Demarche): " + path);
    }
    if (version < latest()) {
      throw new StoreException("database has schema version " + version + " but this Demarche needs "
          + latest() + "; open it once read-write (for example with demarche ingest) to migrate it: "
          + path);
    }
    return version;
  }

  private void refuseNewer(int version, Path path) {
    if (version > latest()) {
      throw new StoreException("database has schema version " + version
          + ", newer than this Demarche understands (" + latest()
          + "); use a newer Demarche: " + path);
    }
  }
}
