package org.demarche.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.demarche.model.Entity;
import org.demarche.model.Extraction.EntityMentions;
import org.demarche.model.Mention;

/**
 * Writes an article's entities: the merged {@code entities} and {@code aliases} rows, and the
 * article's own snapshot ({@code article_entities}, {@code article_entity_aliases},
 * {@code mentions}).
 *
 * <p>Merging: one row per entity id. Name, type, country and role come from the article with
 * the latest publication date (a dated article wins over an undated one; among equals, the one
 * stored last), since a role is the office held at the article's date. Aliases, including the
 * canonical name, accumulate without duplicates and are not removed when an article goes.
 */
final class EntityWriter {

  private static final String UPSERT = """
      INSERT INTO entities(id, name, type, country, role, as_of, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type,
        country = excluded.country, role = excluded.role, as_of = excluded.as_of,
        updated_at = excluded.updated_at
      WHERE (excluded.as_of IS NULL AND entities.as_of IS NULL)
         OR (excluded.as_of IS NOT NULL AND (entities.as_of IS NULL OR excluded.as_of >= entities.as_of))""";

  private final Connection c;

  EntityWriter(Connection c) {
    this.c = c;
  }

  /** Writes the entity groups of article {@code articleId}, published on {@code asOf} (or null). */
  void write(String articleId, LocalDate asOf, Instant now, List<EntityMentions> groups)
      throws SQLException {
    try (PreparedStatement upsert = c.prepareStatement(UPSERT);
        PreparedStatement alias = c.prepareStatement(
            "INSERT INTO aliases(entity_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING");
        PreparedStatement snapshot = c.prepareStatement(
            "INSERT INTO article_entities(article_id, ord, entity_id, name, type, country, role)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement snapshotAlias = c.prepareStatement(
            "INSERT INTO article_entity_aliases(article_id, entity_ord, ord, alias) VALUES (?, ?, ?, ?)");
        PreparedStatement mention = c.prepareStatement(
            "INSERT INTO mentions(article_id, entity_ord, ord, entity_id, start, \"end\", text, rule)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < groups.size(); i++) {
        Entity e = groups.get(i).entity();
        Sql.run(upsert, e.id(), e.name(), e.type().name(), e.country(), e.role(), asOf, now.toString());
        Sql.run(alias, e.id(), e.name());
        for (String a : e.aliases()) {
          Sql.run(alias, e.id(), a);
        }
        Sql.run(snapshot, articleId, i, e.id(), e.name(), e.type().name(), e.country(), e.role());
        for (int j = 0; j < e.aliases().size(); j++) {
          Sql.run(snapshotAlias, articleId, i, j, e.aliases().get(j));
        }
        List<Mention> mentions = groups.get(i).mentions();
        for (int j = 0; j < mentions.size(); j++) {
          Mention m = mentions.get(j);
          Sql.run(mention, articleId, i, j, m.entityId(), m.start(), m.end(), m.text(), m.rule());
        }
      }
    }
  }
}
