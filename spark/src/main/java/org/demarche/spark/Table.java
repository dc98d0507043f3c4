package org.demarche.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables the job writes: one per table of the store ({@code
 * org.demarche.store.Schema}), with the store's column names in the store's order, plus
 * {@code problems}. Each table is a directory of Parquet files named {@link #dirName()}.
 *
 * <p>Types: the store's TEXT dates are Parquet {@code DATE}, its 0/1 {@code negated} is
 * {@code BOOLEAN}, its TEXT times ({@code ingested_at}, {@code updated_at}) are
 * {@code TIMESTAMP}; everything else keeps its type. SQLite's surrogate {@code pk} columns and
 * the FTS5 indexes are left out: {@code demarche load-parquet} rebuilds them.
 */
public enum Table {
  ARTICLES(
      "id", StringType, false, "content_hash", StringType, false, "source_path", StringType, false,
      "outlet", StringType, true, "published", DateType, true, "published_basis", StringType, true,
      "text", StringType, false, "dateline_text", StringType, true,
      "dateline_start", IntegerType, true, "dateline_end", IntegerType, true,
      "dateline_place", StringType, true, "dateline_country", StringType, true,
      "dateline_outlet", StringType, true, "dateline_date", DateType, true,
      "ingested_at", TimestampType, false),
  ARTICLE_METADATA(
      "article_id", StringType, false, "key", StringType, false, "value", StringType, false),
  /** Entities merged across articles by the store's rule (see {@link EntityMerge}). */
  ENTITIES(
      "id", StringType, false, "name", StringType, false, "type", StringType, false,
      "country", StringType, true, "role", StringType, true, "as_of", DateType, true,
      "updated_at", TimestampType, false),
  ALIASES("entity_id", StringType, false, "alias", StringType, false),
  ARTICLE_ENTITIES(
      "article_id", StringType, false, "ord", IntegerType, false, "entity_id", StringType, false,
      "name", StringType, false, "type", StringType, false, "country", StringType, true,
      "role", StringType, true),
  ARTICLE_ENTITY_ALIASES(
      "article_id", StringType, false, "entity_ord", IntegerType, false, "ord", IntegerType, false,
      "alias", StringType, false),
  MENTIONS(
      "article_id", StringType, false, "entity_ord", IntegerType, false, "ord", IntegerType, false,
      "entity_id", StringType, false, "start", IntegerType, false, "end", IntegerType, false,
      "text", StringType, false, "rule", StringType, false),
  QUOTES(
      "article_id", StringType, false, "ord", IntegerType, false, "start", IntegerType, false,
      "end", IntegerType, false, "text", StringType, false, "speaker_id", StringType, true,
      "speaker_text", StringType, true, "speaker_start", IntegerType, true,
      "speaker_end", IntegerType, true, "cue", StringType, true, "rule", StringType, true),
  /** Events deduplicated across the whole input by the store's rule (see {@link GlobalEvents}). */
  EVENTS(
      "id", StringType, false, "type", StringType, false, "source_key", StringType, false,
      "target_key", StringType, true, "date", DateType, true),
  EVENT_MENTIONS(
      "event_id", StringType, true, "article_id", StringType, false, "ord", IntegerType, false,
      "sentence_start", IntegerType, false, "sentence_end", IntegerType, false,
      "evidence_start", IntegerType, false, "evidence_end", IntegerType, false,
      "evidence_text", StringType, false, "type", StringType, false, "cameo", StringType, false,
      "source_entity", StringType, true, "source_country", StringType, true,
      "source_text", StringType, true, "target_entity", StringType, true,
      "target_country", StringType, true, "target_text", StringType, true,
      "issue", StringType, true, "negated", BooleanType, false, "modality", StringType, false,
      "date", DateType, true, "location_name", StringType, true,
      "location_country", StringType, true, "trigger_word", StringType, true,
      "quad_class", IntegerType, false, "goldstein", DoubleType, false),
  TIMEXES(
      "article_id", StringType, false, "ord", IntegerType, false, "start", IntegerType, false,
      "end", IntegerType, false, "text", StringType, false, "value", StringType, true,
      "type", StringType, false),
  /**
   * Input that could not be read and articles that could not be extracted: not a store table.
   * {@code stage} is {@code read} or {@code extract}.
   */
  PROBLEMS(
      "source", StringType, false, "location", StringType, true, "reason", StringType, false,
      "stage", StringType, false);

  private final StructType schema;

  Table(Object... columns) {
    StructField[] fields = new StructField[columns.length / 3];
    for (int i = 0; i < fields.length; i++) {
      fields[i] = DataTypes.createStructField(
          (String) columns[3 * i], (DataType) columns[3 * i + 1], (Boolean) columns[3 * i + 2]);
    }
    this.schema = DataTypes.createStructType(fields);
  }

  /** The columns, in the store's order. */
  public StructType schema() {
    return schema;
  }

  /** The columns in the store's order, for a {@code select} that puts a frame in this table's shape. */
  public Column[] columns() {
    String[] names = schema.fieldNames();
    Column[] out = new Column[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = functions.col(names[i]);
    }
    return out;
  }

  /** The directory under the output directory: the store's table name ({@code event_mentions}). */
  public String dirName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
