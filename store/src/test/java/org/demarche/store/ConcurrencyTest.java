package org.demarche.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several threads on one Database, and two Databases (as two processes) on one file. */
class ConcurrencyTest {

  @TempDir
  Path dir;

  @Test
  void threadsStoreAndReadTogether() throws Exception {
    Path file = dir.resolve("demarche.db");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (Database db = Database.open(file)) {
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        work.add(pool.submit(() -> {
          for (int i = 0; i < 10; i++) {
            String id = "t" + thread + "-" + i;
            db.store(Fixtures.rich(id));
            assertEquals(id, db.article(id).orElseThrow().article().id());
            db.search("unbreakable", SearchFilter.none(), 1, 5);
          }
          return null;
        }));
      }
      for (Future<?> f : work) {
        f.get();
      }
      assertEquals(40, db.articleCount());
      assertEquals(2, db.events(EventFilter.none(), 1).total(), "all 40 articles tell the same two events");
      assertEquals(40, db.events(EventFilter.none(), 1).items().get(0).numArticles());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoWritersOnOneFileTakeTurns() {
    Path file = dir.resolve("demarche.db");
    try (Database a = Database.open(file); Database b = Database.open(file);
        Database reader = Database.openReadOnly(file)) {
      assertEquals(StoreOutcome.STORED, a.store(Fixtures.rich("x")));
      assertEquals(StoreOutcome.ALREADY_PRESENT, b.store(Fixtures.rich("x")));
      assertEquals(StoreOutcome.STORED, b.store(Fixtures.rich("y")));
      assertEquals(2, reader.articleCount());
    }
  }
}
