package org.demarche.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link EventDeduplicator.EventLedger} in memory: every event's id and date, indexed by
 * dyad (type, source key, target key). Memory grows with the number of distinct events, about
 * 200 bytes each. Not thread-safe.
 */
public final class InMemoryEventLedger implements EventDeduplicator.EventLedger<RuntimeException> {

  private final Map<EventKey, List<EventDeduplicator.KnownEvent>> byDyad = new HashMap<>();

  @Override
  public List<EventDeduplicator.KnownEvent> candidates(EventKey key, int windowDays) {
    return byDyad.getOrDefault(key.on(null), List.of());
  }

  @Override
  public void add(String id, EventKey key) {
    byDyad.computeIfAbsent(key.on(null), k -> new ArrayList<>())
        .add(new EventDeduplicator.KnownEvent(id, key.date()));
  }

  /** The id of the event a mention with {@code key} belongs to, recording a new one if needed. */
  public String assign(EventKey key) {
    return EventDeduplicator.assign(key, this);
  }
}
