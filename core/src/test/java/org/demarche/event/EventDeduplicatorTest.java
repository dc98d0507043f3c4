package org.demarche.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.demarche.event.EventDeduplicator.KnownEvent;
import org.demarche.model.PloverType;
import org.junit.jupiter.api.Test;

class EventDeduplicatorTest {

  private static final LocalDate D1 = LocalDate.of(2024, 3, 1);
  private static final EventKey KEY = new EventKey(PloverType.CONSULT, "country:tur", "country:kaz", D1);

  @Test
  void mentionsADayApartJoinTheFirstEvent() {
    InMemoryEventLedger ledger = new InMemoryEventLedger();
    String first = ledger.assign(KEY);
    assertEquals(KEY.id(), first);
    assertEquals(List.of(first, first), List.of(ledger.assign(KEY.on(D1.plusDays(1))), ledger.assign(KEY.on(D1.minusDays(1)))));
  }

  @Test
  void eventsDoNotDriftByChaining() {
    InMemoryEventLedger ledger = new InMemoryEventLedger();
    String day1 = ledger.assign(KEY);
    String day2 = ledger.assign(KEY.on(D1.plusDays(1)));
    String day3 = ledger.assign(KEY.on(D1.plusDays(2)));
    assertEquals(List.of(day1, day1, KEY.on(D1.plusDays(2)).id()), List.of(day1, day2, day3));
  }

  @Test
  void otherDyadTypeOrNoDateMakesAnotherEvent() {
    InMemoryEventLedger ledger = new InMemoryEventLedger();
    ledger.assign(KEY);
    EventKey reverse = new EventKey(PloverType.CONSULT, "country:kaz", "country:tur", D1);
    EventKey agree = new EventKey(PloverType.AGREE, "country:tur", "country:kaz", D1);
    assertEquals(List.of(reverse.id(), agree.id(), KEY.on(null).id(), KEY.on(null).id()),
        List.of(ledger.assign(reverse), ledger.assign(agree), ledger.assign(KEY.on(null)), ledger.assign(KEY.on(null))));
  }

  @Test
  void nearestThenEarlierDateWins() {
    List<KnownEvent> known = List.of(new KnownEvent("later", D1.plusDays(2)), new KnownEvent("earlier", D1));
    assertEquals(Optional.of(new KnownEvent("earlier", D1)), EventDeduplicator.choose(KEY.on(D1.plusDays(1)), known));
    assertEquals(Optional.of(new KnownEvent("later", D1.plusDays(2))), EventDeduplicator.choose(KEY.on(D1.plusDays(2)), known));
    assertEquals(Optional.empty(), EventDeduplicator.choose(KEY.on(D1.minusDays(2)), known));
  }
}
