package org.demarche.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventClusteringTest {

  private static final LocalDate DAY1 = LocalDate.of(2024, 3, 1);
  private static final LocalDate DAY2 = DAY1.plusDays(1);
  private static final LocalDate DAY3 = DAY1.plusDays(2);

  private static String id(LocalDate date) {
    return StoreKeys.eventId("CONSULT", "country:tur", "country:kaz", date);
  }

  private static List<String> assign(LocalDate... dates) {
    EventClustering dyad = new EventClustering("CONSULT", "country:tur", "country:kaz");
    List<String> out = new ArrayList<>();
    for (LocalDate d : dates) {
      out.add(dyad.assign(d).eventId());
    }
    return out;
  }

  /** The store's documented example: days 1, 2, 3 in that order make two events. */
  @Test
  void anEventsDateIsFixedByItsFirstMentionSoEventsDoNotDriftByChaining() {
    assertEquals(List.of(id(DAY1), id(DAY1), id(DAY3)), assign(DAY1, DAY2, DAY3));
  }

  /** The same mentions with day 2 first make one event. */
  @Test
  void storingOrderDecidesTheGrouping() {
    assertEquals(List.of(id(DAY2), id(DAY2), id(DAY2)), assign(DAY2, DAY1, DAY3));
  }

  @Test
  void ofTwoEventsOneDayAwayTheEarlierWins() {
    assertEquals(List.of(id(DAY1), id(DAY3), id(DAY1)), assign(DAY1, DAY3, DAY2));
  }

  @Test
  void datelessMentionsShareTheDyadsDatelessEvent() {
    assertEquals(List.of(id(null), id(DAY1), id(null)), assign(null, DAY1, null));
  }

  /** Pinned values of SHA-256 over the fields joined by U+001F, computed outside Java. */
  @Test
  void theEventIdIsTheStoresHashOfTypeKeysAndDate() {
    assertEquals("evt-efa837cd55b4dfe4b8b4", id(DAY1));
    assertEquals("evt-97d823cb3680bc15ad02", StoreKeys.eventId("CONSULT", "country:tur", null, null));
  }

  @Test
  void aCountryOnlyActorIsKeyedAsTheCountryEntity() {
    assertEquals("country:kaz", StoreKeys.actorKey(null, "KAZ"));
    assertEquals("person:kassym-jomart-tokayev", StoreKeys.actorKey("person:kassym-jomart-tokayev", "KAZ"));
  }
}
