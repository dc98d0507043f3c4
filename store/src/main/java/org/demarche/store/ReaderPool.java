package org.demarche.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Connections for reading, reused between calls. In WAL mode readers do not block the writer
 * or each other, so each thread reads on a connection of its own. Thread-safe.
 */
final class ReaderPool implements AutoCloseable {

  private static final int MAX_IDLE = 4;

  private final StoreConfig config;
  private final Deque<Connection> idle = new ArrayDeque<>();
  private boolean closed;

  ReaderPool(StoreConfig config) {
    this.config = config;
  }

  /** An open connection for the caller's exclusive use until {@link #release}. */
  Connection borrow() throws SQLException {
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("database is closed: " + config.path());
      }
      Connection c = idle.pollFirst();
      if (c != null) {
        return c;
      }
    }
    return Connections.open(config.readOnly() ? config : readOnlyView(config));
  }

  /** Gives back a borrowed connection; closes it when the pool is full or closed. */
  void release(Connection c) {
    synchronized (this) {
      if (!closed && idle.size() < MAX_IDLE) {
        idle.addFirst(c);
        return;
      }
    }
    closeQuietly(c);
  }

  @Override
  public synchronized void close() {
    closed = true;
    while (!idle.isEmpty()) {
      closeQuietly(idle.pollFirst());
    }
  }

  // Readers of a read-write database open read-only too: a query can then never write.
  private static StoreConfig readOnlyView(StoreConfig config) {
    return new StoreConfig(config.path(), true, config.busyTimeout());
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // nothing more to release
    }
  }
}
