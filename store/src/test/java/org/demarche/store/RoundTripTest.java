package org.demarche.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.demarche.model.Article;
import org.demarche.model.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {

  @TempDir
  Path dir;

  @Test
  void storedExtractionReadsBackEqual() {
    Extraction x = Fixtures.rich("000_rich");
    try (Database db = Database.open(dir.resolve("demarche.db"))) {
      assertEquals(StoreOutcome.STORED, db.store(x));
      assertEquals(Optional.of(x), db.article("000_rich"));
    }
  }

  @Test
  void readsBackEqualAfterReopeningReadOnly() {
    Extraction x = Fixtures.rich("000_rich");
    Path file = dir.resolve("demarche.db");
    try (Database db = Database.open(file)) {
      db.store(x);
    }
    try (Database db = Database.openReadOnly(file)) {
      assertEquals(Optional.of(x), db.article("000_rich"));
    }
  }

  @Test
  void unicodeAndMarkupSurviveUnchanged() {
    Extraction x = Fixtures.rich("000_rich");
    try (Database db = Database.open(dir.resolve("demarche.db"))) {
      db.store(x);
      String text = db.article("000_rich").orElseThrow().article().text();
      assertEquals(Fixtures.RICH_TEXT, text);
      assertTrue(text.contains("🇰🇿🤝🇹🇷") && text.contains("<script>") && text.contains("Токаев"));
    }
  }

  @Test
  void bareArticleWithNullsReadsBackEqual() {
    Extraction x = new Extraction(Article.of("bare", ""), null, List.of(), List.of(), List.of(), List.of());
    try (Database db = Database.open(dir.resolve("demarche.db"))) {
      db.store(x);
      assertEquals(Optional.of(x), db.article("bare"));
    }
  }

  /** A lone surrogate would come back from SQLite's UTF-8 as '?': refused rather than changed. */
  @Test
  void unpairedSurrogateIsRefusedNotAltered() {
    String text = "Flag \uD83C\uDDF0\uD83C\uDDFF cut: \uD83C";
    Extraction x = new Extraction(Article.of("cut", text), null, List.of(), List.of(), List.of(), List.of());
    try (Database db = Database.open(dir.resolve("demarche.db"))) {
      IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
          IllegalArgumentException.class, () -> db.store(x));
      assertEquals("article cut: text has an unpaired UTF-16 surrogate at index 15, which UTF-8"
          + " cannot store", e.getMessage());
      assertEquals(0, db.articleCount());
    }
  }

  @Test
  void unknownArticleIsEmpty() {
    try (Database db = Database.open(dir.resolve("demarche.db"))) {
      assertEquals(Optional.empty(), db.article("nope"));
    }
  }

  @Test
  void articlesStreamInIdOrder() {
    try (Database db = Database.open(dir.resolve("demarche.db"))) {
      Extraction b = Fixtures.rich("b");
      Extraction a = Fixtures.plain("a", LocalDate.of(2023, 1, 2), "Alpha text", Fixtures.TURKIYE);
      Extraction c = Fixtures.plain("c", null, "Gamma text");
      db.store(b);
      db.store(c);
      db.store(a);
      try (Stream<Extraction> all = db.articles()) {
        assertEquals(List.of(a, b, c), all.toList());
      }
      assertEquals(3, db.articleCount());
    }
  }

  @Test
  void articlesStreamSeesOneSnapshot() {
    try (Database db = Database.open(dir.resolve("demarche.db"))) {
      db.store(Fixtures.plain("a", null, "Alpha"));
      db.store(Fixtures.plain("b", null, "Beta"));
      List<String> ids;
      try (Stream<Extraction> all = db.articles()) {
        var it = all.iterator();
        String first = it.next().article().id();
        db.store(Fixtures.plain("c", null, "Gamma"));
        ids = Stream.concat(Stream.of(first),
            Stream.generate(() -> it.hasNext() ? it.next().article().id() : null)
                .takeWhile(s -> s != null)).toList();
      }
      assertEquals(List.of("a", "b"), ids);
      assertEquals(3, db.articleCount());
    }
  }

  @Test
  void metadataMapReadsBackEqual() {
    Extraction x = Fixtures.rich("m");
    try (Database db = Database.open(dir.resolve("demarche.db"))) {
      db.store(x);
      assertEquals(Map.of("url", "https://example.org/a?x=1&y=<2>", "title", "Türkiye 🇹🇷 & Токаев"),
          db.article("m").orElseThrow().article().metadata());
    }
  }
}
