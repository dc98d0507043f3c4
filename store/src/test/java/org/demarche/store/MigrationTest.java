package org.demarche.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.demarche.model.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);

  /** A hypothetical next version, to play code newer than the file. */
  private static final Migration ADD_NOTES = new Migration(Schema.version() + 1, "add notes",
      List.of("CREATE TABLE notes (article_id TEXT NOT NULL, note TEXT NOT NULL)"));

  @TempDir
  Path dir;

  private static List<Migration> withNotes() {
    List<Migration> all = new ArrayList<>(Schema.migrations());
    all.add(ADD_NOTES);
    return all;
  }

  @Test
  void emptyFileIsMigratedToTheCurrentVersion() throws Exception {
    Path file = dir.resolve("empty.db");
    Files.createFile(file);
    try (Database db = Database.open(file)) {
      assertEquals(Schema.version(), db.schemaVersion());
    }
    assertEquals(Schema.version(), Tables.scalar(file, "SELECT max(version) FROM schema_version"));
    assertEquals(Schema.migrations().size(), Tables.scalar(file, "SELECT count(*) FROM schema_version"));
  }

  @Test
  void missingFileAndDirectoriesAreCreated() {
    Path file = dir.resolve("a/b/demarche.db");
    try (Database db = Database.open(file)) {
      assertEquals(Schema.version(), db.schemaVersion());
    }
    assertEquals(true, Files.isRegularFile(file));
  }

  @Test
  void pragmasAreSet() throws Exception {
    try (Database db = Database.open(dir.resolve("demarche.db"));
        Statement s = db.writerConnection().createStatement()) {
      assertEquals("wal", s.executeQuery("PRAGMA journal_mode").getString(1));
      assertEquals(1, s.executeQuery("PRAGMA synchronous").getInt(1), "NORMAL");
      assertEquals(1, s.executeQuery("PRAGMA foreign_keys").getInt(1));
      assertEquals(5000, s.executeQuery("PRAGMA busy_timeout").getInt(1));
    }
  }

  @Test
  void olderDatabaseIsMigratedAndKeepsItsData() throws Exception {
    Path file = dir.resolve("demarche.db");
    Extraction x = Fixtures.rich("old");
    try (Database db = Database.open(file)) {
      db.store(x);
    }
    try (Database db = Database.open(StoreConfig.readWrite(file), withNotes(), CLOCK)) {
      assertEquals(ADD_NOTES.version(), db.schemaVersion());
      assertEquals(Optional.of(x), db.article("old"));
    }
    assertEquals(0, Tables.scalar(file, "SELECT count(*) FROM notes"));
    assertEquals(ADD_NOTES.version(), Tables.scalar(file, "SELECT max(version) FROM schema_version"));
  }

  @Test
  void failedMigrationLeavesThePreviousVersion() throws Exception {
    Path file = dir.resolve("demarche.db");
    Database.open(file).close();
    List<Migration> broken = new ArrayList<>(Schema.migrations());
    broken.add(new Migration(Schema.version() + 1, "half",
        List.of("CREATE TABLE half (x)", "THIS IS NOT SQL")));
    assertThrows(StoreException.class,
        () -> Database.open(StoreConfig.readWrite(file), broken, CLOCK));
    assertEquals(Schema.version(), Tables.scalar(file, "SELECT max(version) FROM schema_version"));
    assertEquals(0, Tables.scalar(file, "SELECT count(*) FROM sqlite_master WHERE name = 'half'"));
  }

  @Test
  void newerDatabaseIsRefused() {
    Path file = dir.resolve("demarche.db");
    Database.open(StoreConfig.readWrite(file), withNotes(), CLOCK).close();
    StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
    assertEquals("database has schema version " + ADD_NOTES.version() + ", newer than this Demarche"
        + " understands (" + Schema.version() + "); use a newer Demarche: " + file, e.getMessage());
    assertThrows(StoreException.class, () -> Database.openReadOnly(file));
  }

  @Test
  void readOnlyOpenDoesNotMigrate() {
    Path file = dir.resolve("demarche.db");
    Database.open(file).close();
    StoreException e = assertThrows(StoreException.class,
        () -> Database.open(StoreConfig.readOnly(file), withNotes(), CLOCK));
    assertEquals("database has schema version " + Schema.version() + " but this Demarche needs "
        + ADD_NOTES.version() + "; open it once read-write (for example with demarche ingest) to"
        + " migrate it: " + file, e.getMessage());
  }

  @Test
  void readOnlyOpenOfMissingFileFails() {
    Path file = dir.resolve("missing.db");
    StoreException e = assertThrows(StoreException.class, () -> Database.openReadOnly(file));
    assertEquals("no database at " + file.toAbsolutePath(), e.getMessage());
    assertEquals(false, Files.exists(file));
  }

  @Test
  void readOnlyDatabaseRefusesWrites() {
    Path file = dir.resolve("demarche.db");
    Database.open(file).close();
    try (Database db = Database.openReadOnly(file)) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> db.store(Fixtures.rich("x")));
      assertEquals("database opened read-only, cannot write: " + file, e.getMessage());
    }
  }

  @Test
  void foreignSqliteFileIsRefused() throws Exception {
    Path file = dir.resolve("other.db");
    try (Connection c = Connections.open(StoreConfig.readWrite(file)); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE something (x)");
    }
    StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
    assertEquals("not a Demarche database (an SQLite file without schema_version): " + file, e.getMessage());
  }

  @Test
  void nonSqliteFileIsRefused() throws Exception {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "This is not a database, just some words that fill a page. ".repeat(100));
    StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
    assertEquals("file is not a database: " + file + " (while opening the database)", e.getMessage());
  }

  @Test
  void migrationsMustBeNumberedWithoutGaps() {
    assertThrows(IllegalArgumentException.class,
        () -> new Migrator(List.of(ADD_NOTES), CLOCK));
  }
}
