package org.demarche.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any string as a search query: a page or an IllegalArgumentException, nothing else. */
class SearchQueryFuzzTest {

  private static final String ALPHABET = "ab tü\"'*():^-+;,.NEAROTDxy🇰🇿\\%_\u0000\u0002";

  @TempDir
  Path dir;

  @Test
  void randomQueriesGiveAPageOrIllegalArgument() {
    Random random = new Random(42);
    try (Database db = Database.open(dir.resolve("demarche.db"))) {
      db.store(Fixtures.rich("rich"));
      int pages = 0;
      for (int n = 0; n < 2000; n++) {
        StringBuilder q = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
          q.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        String query = q.toString();
        if (query.isBlank()) {
          continue;
        }
        try {
          db.search(query, SearchFilter.none(), 1, 5);
          pages++;
        } catch (IllegalArgumentException expected) {
          // invalid FTS5 syntax
        }
      }
      assertEquals(true, pages > 0, "some random queries are valid");
      assertEquals(1, db.articleCount());
    }
  }
}
