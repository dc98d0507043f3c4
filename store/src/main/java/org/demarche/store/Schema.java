package org.demarche.store;

import java.util.List;

/**
 * The store's schema as an ordered list of {@link Migration}s. A new table or column is a new
 * migration appended here; released migrations are never edited.
 *
 * <p>Offsets ({@code start}, {@code end}, ...) are UTF-16 character offsets into
 * {@code articles.text}, dates are ISO {@code yyyy-MM-dd} text, enums are stored by their export
 * names. The {@code ord} columns keep each list of an {@code Extraction} in its original order;
 * {@code article_entities} and {@code article_entity_aliases} keep each article's own view of
 * its entities so that the article reads back exactly as it was stored, while {@code entities}
 * and {@code aliases} hold the merged view across articles.
 */
public final class Schema {

  private static final Migration INITIAL = new Migration(1, "initial schema", List.of(
      """
      CREATE TABLE articles (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL,
        source_path TEXT NOT NULL,
        outlet TEXT,
        published TEXT,
        published_basis TEXT,
        text TEXT NOT NULL,
        dateline_text TEXT,
        dateline_start INTEGER,
        dateline_end INTEGER,
        dateline_place TEXT,
        dateline_country TEXT,
        dateline_outlet TEXT,
        dateline_date TEXT,
        ingested_at TEXT NOT NULL)""",
      "CREATE INDEX articles_published ON articles(published)",
      "CREATE INDEX articles_outlet ON articles(outlet)",
      """
      CREATE TABLE article_metadata (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (article_id, key))""",
      """
      CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        country TEXT,
        role TEXT,
        as_of TEXT,
        updated_at TEXT NOT NULL)""",
      "CREATE INDEX entities_country ON entities(country)",
      """
      CREATE TABLE aliases (
        pk INTEGER PRIMARY KEY,
        entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        UNIQUE (entity_id, alias))""",
      "CREATE INDEX aliases_alias ON aliases(alias)",
      """
      CREATE TABLE article_entities (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        entity_id TEXT NOT NULL REFERENCES entities(id),
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        country TEXT,
        role TEXT,
        PRIMARY KEY (article_id, ord))""",
      "CREATE INDEX article_entities_entity ON article_entities(entity_id, article_id)",
      "CREATE INDEX article_entities_country ON article_entities(country, article_id)",
      """
      CREATE TABLE article_entity_aliases (
        article_id TEXT NOT NULL,
        entity_ord INTEGER NOT NULL,
        ord INTEGER NOT NULL,
        alias TEXT NOT NULL,
        PRIMARY KEY (article_id, entity_ord, ord),
        FOREIGN KEY (article_id, entity_ord)
          REFERENCES article_entities(article_id, ord) ON DELETE CASCADE)""",
      """
      CREATE TABLE mentions (
        article_id TEXT NOT NULL,
        entity_ord INTEGER NOT NULL,
        ord INTEGER NOT NULL,
        entity_id TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        rule TEXT NOT NULL,
        PRIMARY KEY (article_id, entity_ord, ord),
        FOREIGN KEY (article_id, entity_ord)
          REFERENCES article_entities(article_id, ord) ON DELETE CASCADE)""",
      "CREATE INDEX mentions_entity ON mentions(entity_id)",
      """
      CREATE TABLE quotes (
        pk INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        speaker_id TEXT,
        speaker_text TEXT,
        speaker_start INTEGER,
        speaker_end INTEGER,
        cue TEXT,
        rule TEXT,
        UNIQUE (article_id, ord))""",
      "CREATE INDEX quotes_speaker ON quotes(speaker_id)",
      """
      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        source_key TEXT NOT NULL,
        target_key TEXT,
        date TEXT)""",
      "CREATE INDEX events_dyad ON events(type, source_key, target_key, date)",
      "CREATE INDEX events_source ON events(source_key, date, id)",
      "CREATE INDEX events_target ON events(target_key, date, id)",
      "CREATE INDEX events_date ON events(date, id)",
      """
      CREATE TABLE event_mentions (
        pk INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL REFERENCES events(id),
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        sentence_start INTEGER NOT NULL,
        sentence_end INTEGER NOT NULL,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        evidence_text TEXT NOT NULL,
        type TEXT NOT NULL,
        cameo TEXT NOT NULL,
        source_entity TEXT,
        source_country TEXT,
        source_text TEXT,
        target_entity TEXT,
        target_country TEXT,
        target_text TEXT,
        issue TEXT,
        negated INTEGER NOT NULL,
        modality TEXT NOT NULL,
        date TEXT,
        location_name TEXT,
        location_country TEXT,
        trigger_word TEXT,
        UNIQUE (article_id, ord))""",
      "CREATE INDEX event_mentions_event ON event_mentions(event_id)",
      "CREATE INDEX event_mentions_type ON event_mentions(type, article_id)",
      """
      CREATE TABLE timexes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        value TEXT,
        type TEXT NOT NULL,
        PRIMARY KEY (article_id, ord))""",
      // External-content FTS5 tables: the text lives once, in articles and quotes; triggers keep
      // the index in step. remove_diacritics lets "Turkiye" find "Türkiye".
      """
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        text, content='articles', content_rowid='pk',
        tokenize='unicode61 remove_diacritics 2')""",
      """
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, text) VALUES (new.pk, new.text);
      END""",
      """
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, text) VALUES ('delete', old.pk, old.text);
      END""",
      """
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, text) VALUES ('delete', old.pk, old.text);
        INSERT INTO articles_fts(rowid, text) VALUES (new.pk, new.text);
      END""",
      """
      CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, content='quotes', content_rowid='pk',
        tokenize='unicode61 remove_diacritics 2')""",
      """
      CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text) VALUES (new.pk, new.text);
      END""",
      """
      CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.pk, old.text);
      END""",
      """
      CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.pk, old.text);
        INSERT INTO quotes_fts(rowid, text) VALUES (new.pk, new.text);
      END"""));

  /** Each event mention's CAMEO QuadClass and Goldstein value; null in rows stored before. */
  private static final Migration EVENT_SCALES = new Migration(2, "event quad class and goldstein", List.of(
      "ALTER TABLE event_mentions ADD COLUMN quad_class INTEGER",
      "ALTER TABLE event_mentions ADD COLUMN goldstein REAL"));

  private static final List<Migration> MIGRATIONS = List.of(INITIAL, EVENT_SCALES);

  private Schema() {}

  /** The migrations in version order, starting at version 1 with no gaps. */
  public static List<Migration> migrations() {
    return MIGRATIONS;
  }

  /** The schema version this code reads and writes. */
  public static int version() {
    return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
  }
}
