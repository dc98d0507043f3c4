package org.demarche.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.demarche.model.Event;

/**
 * Assigns each event mention to an event, as GDELT's events and mentions tables do.
 *
 * <p>The rule: a mention with key (type, source, target, date) joins the stored event with the
 * same type, source key and target key whose date is within {@value #WINDOW_DAYS} day of the
 * mention's date; among several, the one with the nearest date, then the earlier date (ids
 * break any remaining tie, though two events of one dyad cannot share a date). An event's date
 * is fixed by its first mention and never moves, so events do not drift by chaining. A mention
 * with no date joins only the dateless event of its dyad. When nothing matches, a new event is
 * created with id {@link EventKey#id()} of the mention's own key; an event is deleted when its
 * last mention goes.
 *
 * <p>The result is deterministic for a given order of storing; storing the same articles in
 * another order can group mentions differently when they span more than the window (days 1, 2,
 * 3 stored in that order make two events, stored 2 first make one).
 */
final class EventDeduplicator {

  /** How many days apart a mention's date and an event's date may be for the mention to join. */
  static final int WINDOW_DAYS = 1;

  private record Candidate(String id, LocalDate date) {}

  private EventDeduplicator() {}

  /** The id of the event {@code mention} belongs to, creating the event when needed. */
  static String assign(Connection c, Event mention) throws SQLException {
    EventKey key = EventKey.of(mention);
    Optional<String> existing = key.date() == null ? dateless(c, key) : nearest(c, key);
    if (existing.isPresent()) {
      return existing.get();
    }
    String id = key.id();
    Sql.update(c, "INSERT INTO events(id, type, source_key, target_key, date) VALUES (?, ?, ?, ?, ?)",
        id, key.type().name(), key.sourceKey(), key.targetKey(), key.date());
    return id;
  }

  private static Optional<String> dateless(Connection c, EventKey key) throws SQLException {
    return Sql.first(c, "SELECT id FROM events WHERE type = ? AND source_key = ? AND target_key IS ?"
        + " AND date IS NULL ORDER BY id LIMIT 1",
        Sql.params(key.type().name(), key.sourceKey(), key.targetKey()), rs -> rs.getString(1));
  }

  private static Optional<String> nearest(Connection c, EventKey key) throws SQLException {
    LocalDate d = key.date();
    List<Candidate> candidates = Sql.list(c,
        "SELECT id, date FROM events WHERE type = ? AND source_key = ? AND target_key IS ?"
            + " AND date BETWEEN ? AND ?",
        Sql.params(key.type().name(), key.sourceKey(), key.targetKey(),
            d.minusDays(WINDOW_DAYS), d.plusDays(WINDOW_DAYS)),
        rs -> new Candidate(rs.getString("id"), Sql.date(rs, "date")));
    return candidates.stream()
        .min(Comparator.<Candidate>comparingLong(x -> Math.abs(ChronoUnit.DAYS.between(d, x.date())))
            .thenComparing(Candidate::date)
            .thenComparing(Candidate::id))
        .map(Candidate::id);
  }
}
