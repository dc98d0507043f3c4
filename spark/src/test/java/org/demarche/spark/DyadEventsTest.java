package org.demarche.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.demarche.event.EventDeduplicator.KnownEvent;
import org.demarche.event.EventKey;
import org.demarche.event.InMemoryEventLedger;
import org.demarche.model.PloverType;
import org.junit.jupiter.api.Test;

class DyadEventsTest {

  private static final LocalDate DAY1 = LocalDate.of(2024, 3, 1);
  private static final LocalDate DAY2 = DAY1.plusDays(1);
  private static final LocalDate DAY3 = DAY1.plusDays(2);
  private static final EventKey KEY =
      new EventKey(PloverType.CONSULT, "country:tur", "country:kaz", null);

  private static KnownEvent event(LocalDate date) {
    return new KnownEvent(KEY.on(date).id(), date);
  }

  private static List<KnownEvent> assign(LocalDate... dates) {
    DyadEvents dyad = new DyadEvents(KEY);
    List<KnownEvent> out = new ArrayList<>();
    for (LocalDate d : dates) {
      out.add(dyad.assign(KEY.on(d)));
    }
    return out;
  }

  /** The store's documented example: days 1, 2, 3 in that order make two events. */
  @Test
  void anEventsDateIsFixedByItsFirstMentionSoEventsDoNotDriftByChaining() {
    assertEquals(List.of(event(DAY1), event(DAY1), event(DAY3)), assign(DAY1, DAY2, DAY3));
  }

  /** The same mentions with day 2 first make one event. */
  @Test
  void storingOrderDecidesTheGrouping() {
    assertEquals(List.of(event(DAY2), event(DAY2), event(DAY2)), assign(DAY2, DAY1, DAY3));
  }

  @Test
  void ofTwoEventsOneDayAwayTheEarlierWins() {
    assertEquals(List.of(event(DAY1), event(DAY3), event(DAY1)), assign(DAY1, DAY3, DAY2));
  }

  @Test
  void datelessMentionsShareTheDyadsDatelessEvent() {
    assertEquals(List.of(event(null), event(DAY1), event(null)), assign(null, DAY1, null));
  }

  /** One rule: whatever the order, the ids are those of core's deduplicator over its own ledger. */
  @Test
  void assignsTheIdsOfCoresDeduplicatorForAnyOrder() {
    Random random = new Random(8);
    for (int run = 0; run < 200; run++) {
      DyadEvents dyad = new DyadEvents(KEY);
      InMemoryEventLedger core = new InMemoryEventLedger();
      List<String> ours = new ArrayList<>();
      List<String> cores = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        int day = random.nextInt(12);
        EventKey k = KEY.on(day == 0 ? null : DAY1.plusDays(day));
        KnownEvent e = dyad.assign(k);
        assertEquals(e.date() == null ? k.on(null).id() : k.on(e.date()).id(), e.id(), "id and date agree");
        ours.add(e.id());
        cores.add(core.assign(k));
      }
      assertEquals(cores, ours, "run " + run);
    }
  }

  @Test
  void aMentionOfAnotherDyadIsRefused() {
    DyadEvents dyad = new DyadEvents(KEY);
    EventKey reverse = new EventKey(PloverType.CONSULT, "country:kaz", "country:tur", DAY1);
    assertEquals("mention of another dyad: " + reverse + " is not of " + KEY,
        assertThrows(IllegalArgumentException.class, () -> dyad.assign(reverse)).getMessage());
  }

  /** Pinned values of SHA-256 over the fields joined by U+001F, computed outside Java. */
  @Test
  void theEventIdIsTheStoresHashOfTypeKeysAndDate() {
    assertEquals("evt-efa837cd55b4dfe4b8b4", KEY.on(DAY1).id());
    assertEquals("evt-97d823cb3680bc15ad02",
        new EventKey(PloverType.CONSULT, "country:tur", null, null).id());
  }

  @Test
  void aMentionRowIsKeyedByCoreACountryOnlyActorAsTheCountryEntity() {
    Object[] values = new Object[Table.EVENT_MENTIONS.schema().size()];
    Row empty = new GenericRowWithSchema(values, Table.EVENT_MENTIONS.schema());
    values[empty.fieldIndex("type")] = "CONSULT";
    values[empty.fieldIndex("source_entity")] = "person:kassym-jomart-tokayev";
    values[empty.fieldIndex("source_country")] = "KAZ";
    values[empty.fieldIndex("target_country")] = "TUR";
    values[empty.fieldIndex("date")] = DAY1;
    Row mention = new GenericRowWithSchema(values, Table.EVENT_MENTIONS.schema());
    assertEquals(new EventKey(PloverType.CONSULT, "person:kassym-jomart-tokayev", "country:tur", DAY1),
        GlobalEvents.key(mention));
    values[empty.fieldIndex("target_country")] = null;
    assertEquals(new EventKey(PloverType.CONSULT, "person:kassym-jomart-tokayev", null, DAY1),
        GlobalEvents.key(new GenericRowWithSchema(values, Table.EVENT_MENTIONS.schema())));
  }
}
