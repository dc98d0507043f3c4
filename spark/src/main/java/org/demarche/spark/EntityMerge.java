package org.demarche.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import java.time.Instant;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The store's merged view of entities across articles ({@code org.demarche.store.EntityWriter}):
 * one {@code entities} row per entity id, whose name, type, country and role come from the
 * article with the latest publication date (a dated article wins over an undated one; among
 * equals the one stored last, which in {@code load-parquet}'s order is the greatest article id),
 * with that date as {@code as_of}; and {@code aliases}, every canonical name and alias any
 * article gave the entity, once each.
 */
final class EntityMerge {

  /** The two tables this step makes. */
  record Result(Dataset<Row> entities, Dataset<Row> aliases) {}

  private EntityMerge() {}

  /**
   * Merges {@code articleEntities} and {@code articleEntityAliases} (rows of those tables) read
   * from {@code articles}.
   *
   * @param updatedAt the time written to {@code entities.updated_at}
   */
  static Result merge(Dataset<Row> articleEntities, Dataset<Row> articleEntityAliases,
      Dataset<Row> articles, Instant updatedAt) {
    WindowSpec latest = Window.partitionBy("entity_id")
        .orderBy(col("as_of").desc_nulls_last(), col("article_id").desc());
    Dataset<Row> entities = articleEntities
        .join(articles.select(col("id").as("article_id"), col("published").as("as_of")), "article_id")
        .withColumn("rank", row_number().over(latest))
        .where(col("rank").equalTo(1))
        .select(col("entity_id").as("id"), col("name"), col("type"), col("country"), col("role"),
            col("as_of"), lit(updatedAt).as("updated_at"));
    Dataset<Row> aliases = articleEntities
        .select(col("entity_id"), col("name").as("alias"))
        .union(articleEntityAliases.as("a")
            .join(articleEntities.as("e"), col("a.article_id").equalTo(col("e.article_id"))
                .and(col("a.entity_ord").equalTo(col("e.ord"))))
            .select(col("e.entity_id"), col("a.alias")))
        .distinct();
    return new Result(entities.select(Table.ENTITIES.columns()),
        aliases.select(Table.ALIASES.columns()));
  }
}
