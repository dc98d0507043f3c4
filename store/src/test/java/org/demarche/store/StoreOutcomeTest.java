package org.demarche.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.demarche.model.Article;
import org.demarche.model.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreOutcomeTest {

  @TempDir
  Path dir;

  @Test
  void storingTheSameArticleTwiceChangesNothing() throws SQLException {
    Path file = dir.resolve("demarche.db");
    try (Database db = Database.open(file)) {
      Extraction x = Fixtures.rich("a1");
      assertEquals(StoreOutcome.STORED, db.store(x));
      Map<String, Long> before = Tables.counts(file);
      assertEquals(StoreOutcome.ALREADY_PRESENT, db.store(x));
      assertEquals(before, Tables.counts(file));
      assertEquals(1L, before.get("articles"));
      assertEquals(Optional.of(x), db.article("a1"));
    }
  }

  @Test
  void sameContentHashWithOtherFindingsIsAlreadyPresent() {
    try (Database db = Database.open(dir.resolve("demarche.db"))) {
      Extraction x = Fixtures.rich("a1");
      db.store(x);
      Extraction fewer = new Extraction(x.article(), x.dateline(), List.of(), List.of(), List.of(), List.of());
      assertEquals(StoreOutcome.ALREADY_PRESENT, db.store(fewer));
      assertEquals(Optional.of(x), db.article("a1"));
    }
  }

  @Test
  void sameIdWithOtherTextReplacesEverything() throws SQLException {
    Path file = dir.resolve("demarche.db");
    try (Database db = Database.open(file)) {
      db.store(Fixtures.rich("a1"));
      Extraction newer = Fixtures.plain("a1", LocalDate.of(2023, 5, 1), "Corrected text about Astana.",
          Fixtures.KAZAKHSTAN);
      assertEquals(StoreOutcome.REPLACED, db.store(newer));
      assertEquals(Optional.of(newer), db.article("a1"));
      Map<String, Long> counts = Tables.counts(file);
      assertEquals(1L, counts.get("articles"));
      assertEquals(0L, counts.get("quotes"));
      assertEquals(0L, counts.get("event_mentions"));
      assertEquals(0L, counts.get("events"), "events left without mentions are deleted");
      assertEquals(0L, counts.get("timexes"));
      assertEquals(1L, counts.get("article_entities"));
      assertEquals(0, db.search("unbreakable", SearchFilter.none(), 1, 10).total(),
          "the old quote is gone from the index");
      assertEquals(0, db.search("script", SearchFilter.none(), 1, 10).total(),
          "the old text is gone from the index");
      assertEquals(1, db.search("corrected", SearchFilter.none(), 1, 10).total());
      assertEquals("ok", Tables.integrity(file));
    }
  }

  @Test
  void otherPublishedDateIsOtherContent() {
    try (Database db = Database.open(dir.resolve("demarche.db"))) {
      Article a = Article.of("d1", "Same text.");
      db.store(new Extraction(a, null, List.of(), List.of(), List.of(), List.of()));
      Article dated = a.withPublished(LocalDate.of(2024, 1, 1), org.demarche.model.PublishedBasis.HEADER);
      assertEquals(StoreOutcome.REPLACED,
          db.store(new Extraction(dated, null, List.of(), List.of(), List.of(), List.of())));
    }
  }

  @Test
  void deleteRemovesTheArticleAndItsIndexEntries() throws SQLException {
    Path file = dir.resolve("demarche.db");
    try (Database db = Database.open(file)) {
      db.store(Fixtures.rich("a1"));
      assertTrue(db.delete("a1"));
      assertFalse(db.delete("a1"));
      Map<String, Long> counts = Tables.counts(file);
      for (String table : List.of("articles", "article_metadata", "article_entities",
          "article_entity_aliases", "mentions", "quotes", "events", "event_mentions", "timexes",
          "articles_fts", "quotes_fts")) {
        assertEquals(0L, counts.get(table), table);
      }
      assertEquals(4L, counts.get("entities"), "merged entities stay");
      assertEquals("ok", Tables.integrity(file));
    }
  }
}
