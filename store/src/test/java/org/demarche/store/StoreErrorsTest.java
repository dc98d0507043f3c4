package org.demarche.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.demarche.model.Article;
import org.demarche.model.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreErrorsTest {

  @TempDir
  Path dir;

  @Test
  void fullDiskBecomesStoreExceptionAndStoresNothing() throws Exception {
    Path file = dir.resolve("demarche.db");
    try (Database db = Database.open(file)) {
      db.store(Fixtures.plain("small", null, "Small."));
      try (Statement s = db.writerConnection().createStatement()) {
        // cap the file at its current size: the next big article cannot fit
        long pages = s.executeQuery("PRAGMA page_count").getLong(1);
        s.execute("PRAGMA max_page_count = " + pages);
      }
      Extraction big = new Extraction(Article.of("big", "Big article. ".repeat(100_000)), null,
          java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of());
      StoreException e = assertThrows(StoreException.class, () -> db.store(big));
      assertEquals("database or disk is full: " + file + " (while storing article big)", e.getMessage());
      assertEquals(Optional.empty(), db.article("big"));
      assertEquals(1, db.articleCount());
      // the connection stays usable once there is room again
      try (Statement s = db.writerConnection().createStatement()) {
        s.execute("PRAGMA max_page_count = 1073741823");
      }
      assertEquals(StoreOutcome.STORED, db.store(big));
    }
  }

  @Test
  void sizeLimitedDatabaseRefusesTheArticleThatWouldPassItAndKeepsTheRest() throws Exception {
    Path file = dir.resolve("demarche.db");
    try (Database db = Database.open(file)) {
      db.store(Fixtures.plain("small", null, "Small."));
    }
    long size;
    try (Database db = Database.open(file); Statement s = db.writerConnection().createStatement()) {
      size = s.executeQuery("PRAGMA page_count").getLong(1) * s.executeQuery("PRAGMA page_size").getLong(1);
    }
    Extraction big = new Extraction(Article.of("big", "Big article. ".repeat(10_000)), null,
        java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of());
    try (Database db = Database.open(StoreConfig.readWrite(file).withMaxBytes(size + 8192))) {
      StoreException e = assertThrows(StoreException.class, () -> db.store(big));
      assertEquals("database or disk is full: " + file + " (while storing article big)", e.getMessage());
      assertEquals(1, db.articleCount());
      assertEquals(StoreOutcome.STORED, db.store(Fixtures.plain("tiny", null, "Tiny.")));
    }
    try (Database db = Database.open(file)) {
      assertEquals(StoreOutcome.STORED, db.store(big));
      assertEquals(3, db.articleCount());
    }
  }

  @Test
  void readOnlyFileErrorNamesTheFile() throws Exception {
    Path file = dir.resolve("demarche.db");
    Database.open(file).close();
    try (Connection c = Connections.open(StoreConfig.readOnly(file)); Statement s = c.createStatement()) {
      SQLException raw = assertThrows(SQLException.class,
          () -> s.execute("INSERT INTO entities(id, name, type, updated_at) VALUES ('a:b', 'b', 'OTHER', 'x')"));
      assertEquals("database is read-only: " + file + " (while storing)",
          SqlErrors.translate(raw, file, "storing").getMessage());
    }
  }

  @Test
  void lockedDatabaseTimesOutWithClearMessage() throws Exception {
    Path file = dir.resolve("demarche.db");
    StoreConfig quick = new StoreConfig(file, false, java.time.Duration.ofMillis(100));
    try (Database db = Database.open(quick);
        Connection other = Connections.open(StoreConfig.readWrite(file))) {
      Transactions.exec(other, "BEGIN IMMEDIATE");
      StoreException e = assertThrows(StoreException.class, () -> db.store(Fixtures.rich("x")));
      assertEquals("database is locked by another connection and the busy timeout ran out: " + file
          + " (while storing article x)", e.getMessage());
      Transactions.exec(other, "ROLLBACK");
      assertEquals(StoreOutcome.STORED, db.store(Fixtures.rich("x")));
    }
  }
}
