package org.demarche.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property tests of the search query rewriting: any query gives a page or an
 * IllegalArgumentException (never an SQL error, never a changed row), and the rewriting only
 * adds double quotes around compound words.
 */
class FtsQueryPropertiesTest {

  private static final List<String> PIECES = List.of("Kassym", "-", "Jomart", "Tokayev", "O'Brien",
      "U.S.", "AT&T", "1.5", "a/b", "\"", "(", ")", "*", "^", ":", "+", " ", " OR ", " NOT ",
      " AND ", "NEAR(", ",", "text:", "'", ";", "--", "DROP TABLE articles", "é", "Токаев", "_");

  private static Path dir;
  private static Database db;

  @BeforeContainer
  static void open() throws Exception {
    dir = Files.createTempDirectory("fts-properties");
    db = Database.open(dir.resolve("demarche.db"));
    db.store(Fixtures.plain("a1", null, "President Kassym-Jomart Tokayev met O'Brien in the U.S."));
  }

  @AfterContainer
  static void close() throws Exception {
    db.close();
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Provide
  Arbitrary<String> queries() {
    return Arbitraries.oneOf(
        Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("", l)),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(40));
  }

  @Property(tries = 300)
  void anyQueryGivesAPageOrAnIllegalArgumentAndChangesNothing(@ForAll("queries") String query) {
    if (query.isBlank()) {
      return;
    }
    try {
      Page<SearchHit> page = db.search(query, SearchFilter.none(), 1, 5);
      assertTrue(page.items().size() <= 1, page.toString());
    } catch (IllegalArgumentException invalidSyntax) {
      assertTrue(invalidSyntax.getMessage().startsWith("invalid search query"), invalidSyntax.getMessage());
    }
    assertEquals(1, db.articleCount());
  }

  @Property
  void rewritingOnlyAddsQuotes(@ForAll("queries") String query) {
    assertEquals(query.replace("\"", ""), FtsQuery.of(query).replace("\"", ""));
  }
}
