package org.demarche.store;

import java.time.LocalDate;
import org.demarche.model.PloverType;

/**
 * Restricts an event query; a null field does not restrict. Actors are given by their event
 * key: an entity id, countries as {@code country:kaz}.
 *
 * @param actor the event's source key
 * @param target the event's target key
 * @param type the PLOVER type
 * @param issue text that one of the event's mentions has in its issue (case-insensitive for ASCII)
 * @param from earliest event date, inclusive; undated events are then left out
 * @param to latest event date, inclusive; undated events are then left out
 */
public record EventFilter(
    String actor, String target, PloverType type, String issue, LocalDate from, LocalDate to) {

  private static final EventFilter NONE = new EventFilter(null, null, null, null, null, null);

  public EventFilter {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("date range is empty: from " + from + " after to " + to);
    }
  }

  /** No restriction. */
  public static EventFilter none() {
    return NONE;
  }
}
