package org.demarche.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.demarche.model.Article;
import org.demarche.model.Dateline;
import org.demarche.model.Entity;
import org.demarche.model.EntityType;
import org.demarche.model.Event;
import org.demarche.model.EventActor;
import org.demarche.model.Extraction;
import org.demarche.model.Mention;
import org.demarche.model.Modality;
import org.demarche.model.Place;
import org.demarche.model.PloverType;
import org.demarche.model.PublishedBasis;
import org.demarche.model.Quote;
import org.demarche.model.Span;
import org.demarche.model.Timex;

/**
 * Reads the job's Parquet tables back into {@link Extraction}s, each equal to the one the
 * pipeline made, in the order the job's event deduplication assumed: publication date, undated
 * last, then article id. Storing them in that order into an empty store gives the job's
 * {@code events} and {@code entities} tables.
 */
public final class ParquetExtractions {

  private ParquetExtractions() {}

  /**
   * The extractions under {@code dir}, streamed to this JVM one partition at a time.
   *
   * @param dir the job's output directory (a Hadoop path)
   */
  public static Iterator<Extraction> read(SparkSession spark, String dir) {
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    Dataset<Row> entities = table(spark, dir, Table.ARTICLE_ENTITIES)
        .join(nested(spark, dir, Table.ARTICLE_ENTITY_ALIASES, "aliases", "article_id", "entity_ord")
                .withColumnRenamed("entity_ord", "ord"),
            new String[] {"article_id", "ord"}, "left")
        .join(nested(spark, dir, Table.MENTIONS, "mentions", "article_id", "entity_ord")
                .withColumnRenamed("entity_ord", "ord"),
            new String[] {"article_id", "ord"}, "left");
    Dataset<Row> all = table(spark, dir, Table.ARTICLES)
        .join(byArticle(nested(spark, dir, Table.ARTICLE_METADATA, "metadata", "article_id")), "id", "left")
        .join(byArticle(collect(entities, "entities", "article_id")), "id", "left")
        .join(byArticle(nested(spark, dir, Table.QUOTES, "quotes", "article_id")), "id", "left")
        .join(byArticle(nested(spark, dir, Table.EVENT_MENTIONS, "events", "article_id")), "id", "left")
        .join(byArticle(nested(spark, dir, Table.TIMEXES, "timexes", "article_id")), "id", "left")
        .orderBy(col("published").asc_nulls_last(), col("id"));
    Iterator<Row> rows = all.toLocalIterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Extraction next() {
        return extraction(rows.next());
      }
    };
  }

  private static Dataset<Row> table(SparkSession spark, String dir, Table table) {
    return spark.read().parquet(new Path(dir, table.dirName()).toString());
  }

  /** The table's rows grouped by {@code keys}, all other columns in a list of structs named {@code as}. */
  private static Dataset<Row> nested(SparkSession spark, String dir, Table table, String as,
      String... keys) {
    return collect(table(spark, dir, table), as, keys);
  }

  private static Dataset<Row> collect(Dataset<Row> rows, String as, String... keys) {
    List<String> keyList = List.of(keys);
    List<Column> rest = new ArrayList<>();
    for (String c : rows.columns()) {
      if (!keyList.contains(c)) {
        rest.add(col(c));
      }
    }
    Column[] keyColumns = keyList.stream().map(k -> col(k)).toArray(Column[]::new);
    return rows.groupBy(keyColumns).agg(collect_list(struct(rest.toArray(Column[]::new))).as(as));
  }

  private static Dataset<Row> byArticle(Dataset<Row> nested) {
    return nested.withColumnRenamed("article_id", "id");
  }

  private static Extraction extraction(Row r) {
    Map<String, String> metadata = new HashMap<>();
    for (Row m : list(r, "metadata")) {
      metadata.put(m.getAs("key"), m.getAs("value"));
    }
    String basis = r.getAs("published_basis");
    Article article = new Article(r.getAs("id"), r.getAs("source_path"), r.getAs("outlet"),
        Dates.local(r.getAs("published")),
        basis == null ? null : PublishedBasis.valueOf(basis.toUpperCase(java.util.Locale.ROOT)),
        r.getAs("text"), metadata);
    String datelineText = r.getAs("dateline_text");
    Dateline dateline = datelineText == null ? null : new Dateline(datelineText,
        new Span(r.<Integer>getAs("dateline_start"), r.<Integer>getAs("dateline_end")),
        r.getAs("dateline_place"), r.getAs("dateline_country"), r.getAs("dateline_outlet"),
        Dates.local(r.getAs("dateline_date")));
    List<Extraction.EntityMentions> entities = new ArrayList<>();
    for (Row e : list(r, "entities")) {
      List<String> aliases = new ArrayList<>();
      for (Row a : list(e, "aliases")) {
        aliases.add(a.getAs("alias"));
      }
      List<Mention> mentions = new ArrayList<>();
      for (Row m : list(e, "mentions")) {
        mentions.add(new Mention(span(m, "start", "end"), m.getAs("text"), m.getAs("entity_id"),
            m.getAs("rule")));
      }
      entities.add(new Extraction.EntityMentions(new Entity(e.getAs("entity_id"), e.getAs("name"),
          EntityType.valueOf(e.getAs("type")), e.getAs("country"), e.getAs("role"), aliases),
          mentions));
    }
    List<Quote> quotes = new ArrayList<>();
    for (Row q : list(r, "quotes")) {
      Integer speakerStart = q.getAs("speaker_start");
      quotes.add(new Quote(span(q, "start", "end"), q.getAs("text"), q.getAs("speaker_id"),
          q.getAs("speaker_text"), speakerStart == null ? null : span(q, "speaker_start", "speaker_end"),
          q.getAs("cue"), q.getAs("rule")));
    }
    List<Event> events = new ArrayList<>();
    for (Row e : list(r, "events")) {
      events.add(event(e));
    }
    List<Timex> timexes = new ArrayList<>();
    for (Row t : list(r, "timexes")) {
      timexes.add(new Timex(t.getAs("text"), span(t, "start", "end"), t.getAs("value"),
          t.getAs("type")));
    }
    return new Extraction(article, dateline, entities, quotes, events, timexes);
  }

  private static Event event(Row e) {
    EventActor source = new EventActor(e.getAs("source_entity"), e.getAs("source_country"),
        e.getAs("source_text"));
    String targetEntity = e.getAs("target_entity");
    String targetCountry = e.getAs("target_country");
    EventActor target = targetEntity == null && targetCountry == null
        ? null : new EventActor(targetEntity, targetCountry, e.getAs("target_text"));
    String locationName = e.getAs("location_name");
    Place location = locationName == null ? null : new Place(locationName, e.getAs("location_country"));
    return new Event(PloverType.valueOf(e.getAs("type")), e.getAs("cameo"),
        e.<Integer>getAs("quad_class"), e.<Double>getAs("goldstein"), source, target,
        e.getAs("issue"), e.<Boolean>getAs("negated"), modality(e.getAs("modality")),
        Dates.local(e.getAs("date")), location, span(e, "sentence_start", "sentence_end"),
        span(e, "evidence_start", "evidence_end"), e.getAs("evidence_text"), e.getAs("trigger_word"));
  }

  private static Modality modality(String wire) {
    for (Modality m : Modality.values()) {
      if (m.wireName().equals(wire)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown modality in Parquet: " + wire);
  }

  private static Span span(Row r, String start, String end) {
    return new Span(r.<Integer>getAs(start), r.<Integer>getAs(end));
  }

  /** The structs in column {@code name} in {@code ord} order; empty for a null list. */
  private static List<Row> list(Row r, String name) {
    List<Row> rows = r.isNullAt(r.fieldIndex(name)) ? List.of() : new ArrayList<>(r.getList(r.fieldIndex(name)));
    if (!rows.isEmpty() && rows.get(0).schema().getFieldIndex("ord").isDefined()) {
      rows.sort(Comparator.comparingInt(x -> x.<Integer>getAs("ord")));
    }
    return rows;
  }
}
