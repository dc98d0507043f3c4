package org.demarche.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * Opens SQLite connections configured for the store: WAL journal, {@code synchronous=NORMAL}
 * (durable at each checkpoint, never corrupt), foreign keys enforced, and the configured busy
 * timeout. Read-only connections open the file with SQLite's read-only flag.
 */
final class Connections {

  private Connections() {}

  /** A new connection to {@code config.path()}; the caller closes it. */
  static Connection open(StoreConfig config) throws SQLException {
    SQLiteConfig sqlite = new SQLiteConfig();
    sqlite.enforceForeignKeys(true);
    sqlite.setBusyTimeout((int) config.busyTimeout().toMillis());
    sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    if (config.readOnly()) {
      sqlite.setReadOnly(true);
    } else {
      // WAL is a property of the file: once set by a writer, readers use it too
      sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
    }
    return sqlite.createConnection("jdbc:sqlite:" + config.path().toAbsolutePath());
  }
}
