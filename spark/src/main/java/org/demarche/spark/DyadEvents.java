package org.demarche.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.demarche.event.EventDeduplicator;
import org.demarche.event.EventDeduplicator.KnownEvent;
import org.demarche.event.EventKey;

/**
 * The events of one dyad (PLOVER type, source key, target key) as an
 * {@link EventDeduplicator.EventLedger}, so that the job assigns mentions to events by core's
 * {@link EventDeduplicator}, the rule the store's {@code SqlEventLedger} and the CSV export use.
 * This class only keeps the dyad's events, indexed by date: fed the mentions in the order a
 * store would store them, it gives the store's events and ids.
 *
 * <p>Memory holds the dyad's events, not its mentions. Not thread-safe: one instance per dyad,
 * fed from one thread.
 */
final class DyadEvents implements EventDeduplicator.EventLedger<RuntimeException> {

  private final EventKey dyad;
  // two events of one dyad never share a date: a mention on a known date joins that event
  private final TreeMap<LocalDate, KnownEvent> dated = new TreeMap<>();
  private KnownEvent dateless;

  /** The ledger of {@code first}'s dyad, still empty. */
  DyadEvents(EventKey first) {
    this.dyad = Objects.requireNonNull(first, "first").on(null);
  }

  /** Whether a mention with {@code key} belongs to this dyad. */
  boolean holds(EventKey key) {
    return dyad.sameDyad(key);
  }

  /**
   * The event a mention with {@code key} joins, by {@link EventDeduplicator#assign}; a new one
   * (with the date of {@code key}) when none matches.
   *
   * @throws IllegalArgumentException when {@code key} is of another dyad
   */
  KnownEvent assign(EventKey key) {
    if (!holds(key)) {
      throw new IllegalArgumentException("mention of another dyad: " + key + " is not of " + dyad);
    }
    String id = EventDeduplicator.assign(key, this);
    for (KnownEvent e : candidates(key, EventDeduplicator.WINDOW_DAYS)) {
      if (e.id().equals(id)) {
        return e;
      }
    }
    throw new IllegalStateException("the deduplicator chose an event the ledger does not hold: " + id);
  }

  @Override
  public List<KnownEvent> candidates(EventKey key, int windowDays) {
    if (key.date() == null) {
      return dateless == null ? List.of() : List.of(dateless);
    }
    return new ArrayList<>(dated.subMap(key.date().minusDays(windowDays), true,
        key.date().plusDays(windowDays), true).values());
  }

  @Override
  public void add(String id, EventKey key) {
    KnownEvent e = new KnownEvent(id, key.date());
    if (key.date() == null) {
      dateless = e;
    } else {
      dated.put(key.date(), e);
    }
  }
}
