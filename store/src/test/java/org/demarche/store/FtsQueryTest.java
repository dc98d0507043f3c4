package org.demarche.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FtsQueryTest {

  @TempDir
  Path dir;

  @Test
  void compoundWordsBecomePhrasesAndTheRestIsLeftAsWritten() {
    assertEquals("\"Kassym-Jomart\"", FtsQuery.of("Kassym-Jomart"));
    assertEquals("\"Kassym-Jomart\" Tokayev OR \"O'Brien\"", FtsQuery.of("Kassym-Jomart Tokayev OR O'Brien"));
    assertEquals("(\"U.S.\" NOT \"AT&T\") \"Jom\"*", FtsQuery.of("(U.S. NOT AT&T) \"Jom\"*"));
    assertEquals("\"Kassym-Jom\"*", FtsQuery.of("Kassym-Jom*"));
    assertEquals("\"already-quoted phrase\" energ* NEAR(a b, 5)",
        FtsQuery.of("\"already-quoted phrase\" energ* NEAR(a b, 5)"));
    assertEquals("-x - a--b \"unclosed-", FtsQuery.of("-x - a--b \"unclosed-"));
  }

  /** Regression: an unquoted hyphenated name ({@code q=Kassym-Jomart}) was an FTS5 syntax error. */
  @Test
  void hyphenatedNameFindsTheArticlesThatNameIt() {
    try (Database db = Database.open(dir.resolve("demarche.db"))) {
      db.store(Fixtures.plain("a1", null, "President Kassym-Jomart Tokayev met the envoy."));
      db.store(Fixtures.plain("a2", null, "Kassym met Jomart in another town."));

      List<String> hits = db.search("Kassym-Jomart", SearchFilter.none(), 1, 10).items().stream()
          .map(SearchHit::articleId).toList();

      assertEquals(List.of("a1"), hits);
    }
  }
}
