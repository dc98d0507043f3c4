package org.demarche.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads raw row counts of a database file, for tests that check what a call changed. */
final class Tables {

  static final List<String> ALL = List.of("articles", "article_metadata", "entities", "aliases",
      "article_entities", "article_entity_aliases", "mentions", "quotes", "events", "event_mentions",
      "timexes", "articles_fts", "quotes_fts", "schema_version");

  private Tables() {}

  /** The number of rows of every table, by table name. */
  static Map<String, Long> counts(Path db) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (Connection c = Connections.open(StoreConfig.readOnly(db)); Statement s = c.createStatement()) {
      for (String table : ALL) {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
          out.put(table, rs.getLong(1));
        }
      }
    }
    return out;
  }

  /** The single number a query returns. */
  static long scalar(Path db, String sql) throws SQLException {
    try (Connection c = Connections.open(StoreConfig.readOnly(db)); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.getLong(1);
    }
  }

  /** Whether SQLite finds the file and both FTS indexes consistent. */
  static String integrity(Path db) throws SQLException {
    try (Connection c = Connections.open(StoreConfig.readWrite(db)); Statement s = c.createStatement()) {
      s.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')");
      s.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')");
      try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
        return rs.getString(1);
      }
    }
  }
}
