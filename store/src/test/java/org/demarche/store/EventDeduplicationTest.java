package org.demarche.store;

import static org.demarche.model.PloverType.CONSULT;
import static org.demarche.model.PloverType.SUPPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.demarche.event.EventKey;
import org.demarche.model.Event;
import org.demarche.model.EventActor;
import org.demarche.model.Modality;
import org.demarche.model.PloverType;
import org.demarche.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventDeduplicationTest {

  private static final String TUR = "country:tur";
  private static final String KAZ = "country:kaz";
  private static final LocalDate OCT_12 = LocalDate.of(2022, 10, 12);

  @TempDir
  Path dir;

  private Database open() {
    return Database.open(dir.resolve("demarche.db"));
  }

  private static Event support(LocalDate date) {
    return Fixtures.event(SUPPORT, TUR, KAZ, date);
  }

  @Test
  void mentionsOneDayApartInTwoArticlesAreOneEvent() {
    try (Database db = open()) {
      db.store(Fixtures.withEvent("a", "Anadolu", OCT_12, support(OCT_12)));
      db.store(Fixtures.withEvent("b", "TASS", OCT_12.plusDays(1), support(OCT_12.plusDays(1))));
      String id = new EventKey(SUPPORT, TUR, KAZ, OCT_12).id();
      EventSummary expected = new EventSummary(id, SUPPORT, TUR, KAZ, OCT_12, 2, 2, 2, "a",
          support(OCT_12).evidenceText());
      assertEquals(List.of(expected), db.events(EventFilter.none(), 1).items());
    }
  }

  @Test
  void mentionsThreeDaysApartAreTwoEvents() {
    try (Database db = open()) {
      db.store(Fixtures.withEvent("a", "Anadolu", OCT_12, support(OCT_12)));
      db.store(Fixtures.withEvent("b", "Anadolu", OCT_12.plusDays(3), support(OCT_12.plusDays(3))));
      List<EventSummary> events = db.events(EventFilter.none(), 1).items();
      assertEquals(List.of(OCT_12.plusDays(3), OCT_12), events.stream().map(EventSummary::date).toList());
      assertEquals(List.of(1, 1), events.stream().map(EventSummary::numMentions).toList());
      assertEquals(List.of(new Dyad(TUR, KAZ, SUPPORT, 2)), db.network(null, null, null));
    }
  }

  @Test
  void eventDateIsFixedByItsFirstMentionSoChainsDoNotMerge() {
    try (Database db = open()) {
      db.store(Fixtures.withEvent("a", null, null, support(OCT_12)));
      db.store(Fixtures.withEvent("b", null, null, support(OCT_12.plusDays(1))));
      db.store(Fixtures.withEvent("c", null, null, support(OCT_12.plusDays(2))));
      List<EventSummary> events = db.events(EventFilter.none(), 1).items();
      assertEquals(List.of(OCT_12.plusDays(2), OCT_12), events.stream().map(EventSummary::date).toList());
      assertEquals(List.of(1, 2), events.stream().map(EventSummary::numMentions).toList());
    }
  }

  @Test
  void mentionJoinsTheNearestEvent() {
    try (Database db = open()) {
      db.store(Fixtures.withEvent("a", null, null, support(OCT_12)));
      db.store(Fixtures.withEvent("b", null, null, support(OCT_12.plusDays(2))));
      db.store(Fixtures.withEvent("c", null, null, support(OCT_12.plusDays(3))));
      List<EventSummary> events = db.events(EventFilter.none(), 1).items();
      assertEquals(List.of(OCT_12.plusDays(2), OCT_12), events.stream().map(EventSummary::date).toList());
      assertEquals(List.of(2, 1), events.stream().map(EventSummary::numMentions).toList());
    }
  }

  @Test
  void otherTypeOrDirectionIsAnotherEvent() {
    try (Database db = open()) {
      db.store(Fixtures.withEvent("a", null, OCT_12, support(OCT_12)));
      db.store(Fixtures.withEvent("b", null, OCT_12, Fixtures.event(CONSULT, TUR, KAZ, OCT_12)));
      db.store(Fixtures.withEvent("c", null, OCT_12, Fixtures.event(SUPPORT, KAZ, TUR, OCT_12)));
      db.store(Fixtures.withEvent("d", null, OCT_12, Fixtures.event(SUPPORT, TUR, null, OCT_12)));
      assertEquals(4, db.events(EventFilter.none(), 1).total());
    }
  }

  @Test
  void datelessMentionsJoinOnlyTheDatelessEvent() {
    try (Database db = open()) {
      db.store(Fixtures.withEvent("a", null, null, support(null)));
      db.store(Fixtures.withEvent("b", null, null, support(null)));
      db.store(Fixtures.withEvent("c", null, null, support(OCT_12)));
      List<EventSummary> events = db.events(EventFilter.none(), 1).items();
      assertEquals(List.of(1, 2), events.stream().map(EventSummary::numMentions).toList());
      assertEquals(OCT_12, events.get(0).date());
      assertEquals(null, events.get(1).date());
      assertEquals(new EventKey(SUPPORT, TUR, KAZ, null).id(), events.get(1).id());
    }
  }

  @Test
  void countryOnlyActorMeetsTheCountryEntity() {
    Event byCode = new Event(SUPPORT, "051", 1, 3.4, new EventActor(null, "TUR", "Ankara"),
        new EventActor(KAZ, "KAZ", "Kazakhstan"), null, false, Modality.ASSERTED, OCT_12, null,
        new Span(0, 5), new Span(0, 5), "Ankar", null);
    try (Database db = open()) {
      db.store(Fixtures.withEvent("a", "A", OCT_12, support(OCT_12)));
      db.store(Fixtures.withEvent("b", "B", OCT_12, byCode));
      EventSummary e = db.events(EventFilter.none(), 1).items().get(0);
      assertEquals(TUR, e.sourceKey());
      assertEquals(2, e.numMentions());
    }
  }

  @Test
  void sameEventTwiceInOneArticleCountsOneArticle() {
    try (Database db = open()) {
      var x = Fixtures.withEvent("a", "Anadolu", OCT_12, support(OCT_12));
      var twice = new org.demarche.model.Extraction(x.article(), null, List.of(), List.of(),
          List.of(support(OCT_12), support(OCT_12.minusDays(1))), List.of());
      db.store(twice);
      db.store(Fixtures.withEvent("b", null, OCT_12, support(OCT_12)));
      EventSummary e = db.events(EventFilter.none(), 1).items().get(0);
      assertEquals(List.of(3, 1, 2), List.of(e.numMentions(), e.numSources(), e.numArticles()));
    }
  }

  @Test
  void replacingAnArticleMovesItsMentions() {
    try (Database db = open()) {
      db.store(Fixtures.withEvent("a", null, OCT_12, support(OCT_12)));
      db.store(Fixtures.withEvent("b", null, OCT_12, support(OCT_12)));
      // the same id with new text: its mention leaves the old event and joins again
      db.store(Fixtures.withEvent("a", null, OCT_12.plusDays(1), support(OCT_12.plusDays(1))));
      EventSummary e = db.events(EventFilter.none(), 1).items().get(0);
      assertEquals(2, e.numMentions());
      assertEquals("b", e.firstArticleId());
      db.delete("a");
      db.delete("b");
      assertEquals(0, db.events(EventFilter.none(), 1).total());
    }
  }

  @Test
  void eventFilterSelectsByActorTargetTypeIssueAndDate() {
    Event withIssue = new Event(SUPPORT, "051", 1, 3.4, new EventActor(TUR, "TUR", null),
        new EventActor(KAZ, "KAZ", null), "Territorial integrity", false, Modality.FUTURE, OCT_12,
        null, new Span(0, 5), new Span(0, 5), "Türki", "support");
    try (Database db = open()) {
      db.store(Fixtures.withEvent("a", null, OCT_12, withIssue));
      db.store(Fixtures.withEvent("b", null, OCT_12, Fixtures.event(CONSULT, KAZ, TUR, OCT_12.plusDays(30))));
      assertEquals(List.of("a"), firstArticles(db, new EventFilter(TUR, null, null, null, null, null)));
      assertEquals(List.of("b"), firstArticles(db, new EventFilter(null, TUR, null, null, null, null)));
      assertEquals(List.of("b"), firstArticles(db, new EventFilter(null, null, CONSULT, null, null, null)));
      assertEquals(List.of("a"), firstArticles(db, new EventFilter(null, null, null, "integrity", null, null)));
      assertEquals(List.of(), firstArticles(db, new EventFilter(null, null, null, "50%_", null, null)));
      assertEquals(List.of("b"), firstArticles(db, new EventFilter(null, null, null, null, OCT_12.plusDays(1), null)));
      assertEquals(List.of("a"), firstArticles(db, new EventFilter(null, null, null, null, null, OCT_12)));
    }
  }

  @Test
  void networkCountsEventsPerDyadAndType() {
    try (Database db = open()) {
      db.store(Fixtures.withEvent("a", null, OCT_12, support(OCT_12)));
      db.store(Fixtures.withEvent("b", null, OCT_12, support(OCT_12.plusDays(10))));
      db.store(Fixtures.withEvent("c", null, OCT_12, support(OCT_12.plusDays(11))));
      db.store(Fixtures.withEvent("d", null, OCT_12, Fixtures.event(CONSULT, KAZ, TUR, OCT_12)));
      db.store(Fixtures.withEvent("e", null, OCT_12, Fixtures.event(CONSULT, KAZ, null, OCT_12)));
      assertEquals(List.of(new Dyad(TUR, KAZ, SUPPORT, 2), new Dyad(KAZ, TUR, CONSULT, 1)),
          db.network(null, null, null));
      assertEquals(List.of(new Dyad(KAZ, TUR, CONSULT, 1)), db.network(null, null, PloverType.CONSULT));
      // equal weights: by source key
      assertEquals(List.of(new Dyad(KAZ, TUR, CONSULT, 1), new Dyad(TUR, KAZ, SUPPORT, 1)),
          db.network(OCT_12, OCT_12.plusDays(5), null));
    }
  }

  private static List<String> firstArticles(Database db, EventFilter filter) {
    return db.events(filter, 1).items().stream().map(EventSummary::firstArticleId).toList();
  }
}
