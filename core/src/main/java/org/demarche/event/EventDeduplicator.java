package org.demarche.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Assigns each event mention to an event, as GDELT's events and mentions tables do: one rule
 * shared by the CSV export (events kept in memory) and the store (events kept in SQLite).
 *
 * <p>The rule: a mention with key (type, source, target, date) joins the known event with the
 * same type, source key and target key whose date is within {@value #WINDOW_DAYS} day of the
 * mention's date; among several, the one with the nearest date, then the earlier date (ids
 * break any remaining tie, though two events of one dyad cannot share a date). An event's date
 * is fixed by its first mention and never moves, so events do not drift by chaining. A mention
 * with no date joins only the dateless event of its dyad. When nothing matches, a new event is
 * created with id {@link EventKey#id()} of the mention's own key.
 *
 * <p>The result is deterministic for a given order of mentions; another order can group
 * mentions differently when they span more than the window (days 1, 2, 3 in that order make
 * two events, day 2 first makes one).
 */
public final class EventDeduplicator {

  /** How many days apart a mention's date and an event's date may be for the mention to join. */
  public static final int WINDOW_DAYS = 1;

  /** An event already known: its id and the date of its first mention (null when dateless). */
  public record KnownEvent(String id, LocalDate date) {}

  /**
   * Where the events assigned so far are kept.
   *
   * @param <X> what a lookup may throw ({@code SQLException} for a database)
   */
  public interface EventLedger<X extends Exception> {

    /**
     * Known events of {@code key}'s type, source key and target key: those dated within
     * {@code windowDays} of {@code key.date()}, or, when it is null, the dateless ones. Returning
     * more is allowed; the rule filters again.
     */
    List<KnownEvent> candidates(EventKey key, int windowDays) throws X;

    /** Records a new event with this id, whose first mention has {@code key}. */
    void add(String id, EventKey key) throws X;
  }

  private EventDeduplicator() {}

  /**
   * The id of the event a mention with {@code key} belongs to, adding a new event to
   * {@code ledger} when no known event matches.
   *
   * @throws X what the ledger throws
   */
  public static <X extends Exception> String assign(EventKey key, EventLedger<X> ledger) throws X {
    Optional<KnownEvent> existing = choose(key, ledger.candidates(key, WINDOW_DAYS));
    if (existing.isPresent()) {
      return existing.get().id();
    }
    String id = key.id();
    ledger.add(id, key);
    return id;
  }

  /** The event among {@code candidates} that a mention with {@code key} joins, by the rule above. */
  public static Optional<KnownEvent> choose(EventKey key, List<KnownEvent> candidates) {
    LocalDate d = key.date();
    if (d == null) {
      return candidates.stream().filter(c -> c.date() == null)
          .min(Comparator.comparing(KnownEvent::id));
    }
    return candidates.stream()
        .filter(c -> c.date() != null && Math.abs(ChronoUnit.DAYS.between(d, c.date())) <= WINDOW_DAYS)
        .min(Comparator.<KnownEvent>comparingLong(c -> Math.abs(ChronoUnit.DAYS.between(d, c.date())))
            .thenComparing(KnownEvent::date)
            .thenComparing(KnownEvent::id));
  }
}
