package org.demarche.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.demarche.event.EventDeduplicator;
import org.demarche.event.EventDeduplicator.KnownEvent;
import org.demarche.event.EventKey;
import org.demarche.model.Event;

/**
 * The store's events as an {@link EventDeduplicator.EventLedger}: each event mention joins an
 * event by core's {@link EventDeduplicator} rule (type, source, target, date within a day), the
 * rule the CSV export shares. An event is deleted when its last mention goes.
 *
 * <p>The result is deterministic for a given order of storing; storing the same articles in
 * another order can group mentions differently when they span more than the window.
 */
final class SqlEventLedger implements EventDeduplicator.EventLedger<SQLException> {

  private final Connection c;

  private SqlEventLedger(Connection c) {
    this.c = c;
  }

  /** The id of the event {@code mention} belongs to, creating the event when needed. */
  static String assign(Connection c, Event mention) throws SQLException {
    return EventDeduplicator.assign(EventKey.of(mention), new SqlEventLedger(c));
  }

  @Override
  public List<KnownEvent> candidates(EventKey key, int windowDays) throws SQLException {
    if (key.date() == null) {
      return Sql.list(c, "SELECT id, date FROM events WHERE type = ? AND source_key = ? AND target_key IS ?"
          + " AND date IS NULL",
          Sql.params(key.type().name(), key.sourceKey(), key.targetKey()),
          rs -> new KnownEvent(rs.getString("id"), null));
    }
    return Sql.list(c,
        "SELECT id, date FROM events WHERE type = ? AND source_key = ? AND target_key IS ?"
            + " AND date BETWEEN ? AND ?",
        Sql.params(key.type().name(), key.sourceKey(), key.targetKey(),
            key.date().minusDays(windowDays), key.date().plusDays(windowDays)),
        rs -> new KnownEvent(rs.getString("id"), Sql.date(rs, "date")));
  }

  @Override
  public void add(String id, EventKey key) throws SQLException {
    Sql.update(c, "INSERT INTO events(id, type, source_key, target_key, date) VALUES (?, ?, ?, ?, ?)",
        id, key.type().name(), key.sourceKey(), key.targetKey(), key.date());
  }
}
