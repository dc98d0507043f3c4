package org.demarche.spark;

import java.time.LocalDate;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The store's event deduplication rule ({@code org.demarche.store.EventDeduplicator}) over the
 * mentions of one dyad (PLOVER type, source key, target key), fed in storing order.
 *
 * <p>The rule: a mention joins the event of its dyad whose date is within one day of the
 * mention's date; among several, the nearest date, then the earlier date. An event's date is
 * fixed by its first mention, so events do not drift by chaining. A mention without a date
 * joins the dyad's dateless event. When nothing matches, a new event is made, with the id the
 * store gives it ({@link StoreKeys#eventId}). Fed in the order a store would store the
 * articles, the result is the store's.
 *
 * <p>TODO: call core's {@code org.demarche.event.EventDeduplicator} once it moves there.
 *
 * <p>Not thread-safe: one instance per dyad, fed from one thread.
 */
final class EventClustering {

  /** How many days apart a mention's date and an event's date may be for the mention to join. */
  static final int WINDOW_DAYS = 1;

  /** The event a mention joined. */
  record Assigned(String eventId, LocalDate eventDate) {}

  private final String type;
  private final String sourceKey;
  private final String targetKey;
  private final TreeMap<LocalDate, String> dated = new TreeMap<>();
  private String dateless;

  /**
   * @param type the PLOVER type name
   * @param sourceKey the source actor's key ({@link StoreKeys#actorKey})
   * @param targetKey the target actor's key, or null for events without a target
   */
  EventClustering(String type, String sourceKey, String targetKey) {
    this.type = Objects.requireNonNull(type, "type");
    this.sourceKey = Objects.requireNonNull(sourceKey, "sourceKey");
    this.targetKey = targetKey;
  }

  /** Whether a mention with these keys belongs to this dyad. */
  boolean sameDyad(String otherType, String otherSource, String otherTarget) {
    return type.equals(otherType) && sourceKey.equals(otherSource)
        && Objects.equals(targetKey, otherTarget);
  }

  /** The event the next mention, dated {@code date} (or null), joins; made when none matches. */
  Assigned assign(LocalDate date) {
    if (date == null) {
      if (dateless == null) {
        dateless = StoreKeys.eventId(type, sourceKey, targetKey, null);
      }
      return new Assigned(dateless, null);
    }
    // nearest first, and of two at the same distance the earlier
    for (int distance = 0; distance <= WINDOW_DAYS; distance++) {
      for (LocalDate candidate : new LocalDate[] {date.minusDays(distance), date.plusDays(distance)}) {
        String id = dated.get(candidate);
        if (id != null) {
          return new Assigned(id, candidate);
        }
      }
    }
    String id = StoreKeys.eventId(type, sourceKey, targetKey, date);
    dated.put(date, id);
    return new Assigned(id, date);
  }
}
