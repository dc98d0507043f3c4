package org.demarche.spark;

import static org.apache.spark.sql.functions.col;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.demarche.event.EventDeduplicator;
import org.demarche.event.EventDeduplicator.KnownEvent;
import org.demarche.event.EventKey;
import org.demarche.model.EventActor;
import org.demarche.model.PloverType;

/**
 * Event deduplication across the whole input, by the store's rule: core's
 * {@link EventDeduplicator} over one {@link DyadEvents} ledger per dyad. Each mention's
 * {@link EventKey} is computed by core ({@link EventKey#actorKey}); the mentions are grouped by
 * dyad (type, source key, target key), each group is sorted in the order
 * {@code demarche load-parquet} stores the articles (publication date, undated last, then article
 * id; then the mention's place in its article) and folded through the rule. Loading the result
 * into an empty store therefore gives the same events, with the same ids.
 *
 * <p>A dyad's mentions meet in one task, sorted, and stream through it: memory holds the dyad's
 * events, not its mentions.
 */
final class GlobalEvents {

  /** The two tables this step makes. */
  record Result(Dataset<Row> events, Dataset<Row> eventMentions) {}

  private static final StructType KEYED = DataTypes.createStructType(List.of(
      DataTypes.createStructField("article_id", DataTypes.StringType, false),
      DataTypes.createStructField("ord", DataTypes.IntegerType, false),
      DataTypes.createStructField("type", DataTypes.StringType, false),
      DataTypes.createStructField("source_key", DataTypes.StringType, false),
      DataTypes.createStructField("target_key", DataTypes.StringType, true),
      DataTypes.createStructField("date", DataTypes.DateType, true),
      DataTypes.createStructField("article_published", DataTypes.DateType, true)));

  private static final StructType ASSIGNED = DataTypes.createStructType(List.of(
      DataTypes.createStructField("article_id", DataTypes.StringType, false),
      DataTypes.createStructField("ord", DataTypes.IntegerType, false),
      DataTypes.createStructField("event_id", DataTypes.StringType, false),
      DataTypes.createStructField("type", DataTypes.StringType, false),
      DataTypes.createStructField("source_key", DataTypes.StringType, false),
      DataTypes.createStructField("target_key", DataTypes.StringType, true),
      DataTypes.createStructField("event_date", DataTypes.DateType, true)));

  private GlobalEvents() {}

  /**
   * Events for {@code mentions} (rows of {@code event_mentions}, {@code event_id} unset) read
   * from {@code articles} (rows of {@code articles}).
   *
   * @param partitions how many tasks share the dyads
   */
  static Result assign(Dataset<Row> mentions, Dataset<Row> articles, int partitions) {
    Dataset<Row> keyed = mentions
        .join(articles.select(col("id").as("article_id"), col("published").as("article_published")),
            "article_id")
        .map(new Keys(), Encoders.row(KEYED));
    Dataset<Row> assigned = keyed
        .repartition(partitions, col("type"), col("source_key"), col("target_key"))
        .sortWithinPartitions(col("type"), col("source_key"), col("target_key").asc_nulls_first(),
            col("article_published").asc_nulls_last(), col("article_id"), col("ord"))
        .mapPartitions(new Fold(), Encoders.row(ASSIGNED))
        .persist();
    Dataset<Row> events = assigned
        .select(col("event_id").as("id"), col("type"), col("source_key"), col("target_key"),
            col("event_date").as("date"))
        .distinct();
    Dataset<Row> eventMentions = mentions.drop("event_id")
        .join(assigned.select("article_id", "ord", "event_id"),
            new String[] {"article_id", "ord"})
        .select(Table.EVENT_MENTIONS.columns());
    return new Result(events.select(Table.EVENTS.columns()), eventMentions);
  }

  /** The {@link EventKey} of an {@code event_mentions} row, read with its article's date. */
  static EventKey key(Row m) {
    String targetEntity = m.getAs("target_entity");
    String targetCountry = m.getAs("target_country");
    return new EventKey(PloverType.valueOf(m.getAs("type")),
        EventKey.actorKey(new EventActor(m.getAs("source_entity"), m.getAs("source_country"), null)),
        targetEntity == null && targetCountry == null
            ? null : EventKey.actorKey(new EventActor(targetEntity, targetCountry, null)),
        Dates.local(m.getAs("date")));
  }

  /** A mention as its article, place, key and article date: the columns the fold sorts by. */
  private static final class Keys implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Row call(Row m) {
      EventKey k = key(m);
      return RowFactory.create(m.getAs("article_id"), m.getAs("ord"), k.type().name(),
          k.sourceKey(), k.targetKey(), k.date(), Dates.local(m.getAs("article_published")));
    }
  }

  /** Folds one partition's sorted mentions through one {@link DyadEvents} ledger per dyad. */
  private static final class Fold implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<Row> sorted) {
      return new Iterator<>() {
        private DyadEvents dyad;

        @Override
        public boolean hasNext() {
          return sorted.hasNext();
        }

        @Override
        public Row next() {
          Row m = sorted.next();
          EventKey key = new EventKey(PloverType.valueOf(m.getAs("type")), m.getAs("source_key"),
              m.getAs("target_key"), Dates.local(m.getAs("date")));
          if (dyad == null || !dyad.holds(key)) {
            dyad = new DyadEvents(key);
          }
          KnownEvent e = dyad.assign(key);
          return RowFactory.create(m.getAs("article_id"), m.getAs("ord"), e.id(),
              key.type().name(), key.sourceKey(), key.targetKey(), e.date());
        }
      };
    }
  }
}
