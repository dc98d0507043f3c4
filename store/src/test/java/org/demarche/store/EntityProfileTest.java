package org.demarche.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.demarche.model.Article;
import org.demarche.model.Extraction;
import org.demarche.model.PloverType;
import org.demarche.model.PublishedBasis;
import org.demarche.model.Quote;
import org.demarche.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityProfileTest {

  private static final String TOKAYEV = Fixtures.TOKAYEV.id();

  @TempDir
  Path dir;

  private static Extraction quoteBy(String id, LocalDate published, String words) {
    String text = "\"" + words + "\" Tokayev said.";
    Article article = new Article(id, id, "Akorda", published,
        published == null ? null : PublishedBasis.HEADER, text, Map.of());
    Quote q = new Quote(new Span(1, 1 + words.length()), words, TOKAYEV, "Tokayev",
        Fixtures.span(text, "Tokayev"), "said", "cue-after");
    var tokayev = new Extraction.EntityMentions(Fixtures.TOKAYEV,
        List.of(Fixtures.mention(text, "Tokayev", Fixtures.TOKAYEV, "alias")));
    return new Extraction(article, null, List.of(tokayev), List.of(q), List.of(), List.of());
  }

  @Test
  void timelineHoldsEventsAndQuotesByDate() {
    try (Database db = Database.open(dir.resolve("demarche.db"))) {
      db.store(Fixtures.rich("rich"));
      db.store(quoteBy("q1", LocalDate.of(2023, 1, 1), "We will cooperate."));
      db.store(quoteBy("q0", null, "Undated words."));
      db.store(Fixtures.withEvent("e1", null, null,
          Fixtures.event(PloverType.CONSULT, "org:cica", TOKAYEV, LocalDate.of(2022, 11, 1))));

      EntityProfile p = db.entity(TOKAYEV).orElseThrow();
      List<String> timeline = p.timeline().stream().map(item -> item.date() + " " + (
          item instanceof TimelineItem.EventItem e ? e.event().type() : ((TimelineItem.QuoteItem) item)
              .quote().quote().text())).toList();
      assertEquals(List.of("2022-10-12 Мы ценим поддержку 🇰🇿🤝🇹🇷 нашей страны.", "2022-11-01 CONSULT",
          "2023-01-01 We will cooperate.", "null Undated words."), timeline);
      assertFalse(p.timelineTruncated());
      assertEquals(3, p.mentionCount());
      assertEquals(3, p.articleCount(), "rich, q1 and q0; e1 has no entities");
    }
  }

  @Test
  void countryTimelineIncludesEventsKnownOnlyByCountry() {
    try (Database db = Database.open(dir.resolve("demarche.db"))) {
      db.store(Fixtures.rich("rich"));
      EntityProfile kaz = db.entity("country:kaz").orElseThrow();
      assertEquals(List.of("SUPPORT", "COOPERATE"), kaz.timeline().stream()
          .map(i -> ((TimelineItem.EventItem) i).event().type().name()).toList());
    }
  }

  @Test
  void timelineKeepsTheMostRecentItems() {
    try (Database db = Database.open(dir.resolve("demarche.db"))) {
      LocalDate day = LocalDate.of(2020, 1, 1);
      for (int i = 0; i < EntityProfile.TIMELINE_LIMIT + 5; i++) {
        db.store(quoteBy("q" + i, day.plusDays(i), "Words " + i + "."));
      }
      EntityProfile p = db.entity(TOKAYEV).orElseThrow();
      assertEquals(EntityProfile.TIMELINE_LIMIT, p.timeline().size());
      assertEquals(true, p.timelineTruncated());
      assertEquals(day.plusDays(5), p.timeline().get(0).date());
      assertEquals(day.plusDays(EntityProfile.TIMELINE_LIMIT + 4),
          p.timeline().get(p.timeline().size() - 1).date());
    }
  }

  @Test
  void quotesOfASpeakerComeNewestFirstInPages() {
    try (Database db = Database.open(dir.resolve("demarche.db"))) {
      db.store(quoteBy("a", LocalDate.of(2021, 1, 1), "First."));
      db.store(quoteBy("b", LocalDate.of(2023, 1, 1), "Third."));
      db.store(quoteBy("c", LocalDate.of(2022, 1, 1), "Second."));
      db.store(quoteBy("d", null, "Undated."));
      Page<StoredQuote> first = db.quotes(TOKAYEV, 1, 2);
      assertEquals(List.of("Third.", "Second."), first.items().stream().map(q -> q.quote().text()).toList());
      assertEquals(4, first.total());
      Page<StoredQuote> second = db.quotes(TOKAYEV, 2, 2);
      assertEquals(List.of("First.", "Undated."), second.items().stream().map(q -> q.quote().text()).toList());
      StoredQuote q = second.items().get(0);
      assertEquals(new StoredQuote("a", LocalDate.of(2021, 1, 1), "Akorda",
          db.article("a").orElseThrow().quotes().get(0)), q);
      assertEquals(0, db.quotes("person:nobody", 1).total());
      assertThrows(IllegalArgumentException.class, () -> db.quotes(TOKAYEV, 0));
    }
  }
}
