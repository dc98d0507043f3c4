package org.demarche.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Event deduplication across the whole input, by the store's rule ({@link EventClustering}):
 * the mentions are grouped by dyad (type, source key, target key), each group is sorted in the
 * order {@code demarche load-parquet} stores the articles (publication date, undated last, then
 * article id; then the mention's place in its article) and folded through the rule. Loading the
 * result into an empty store therefore gives the same events, with the same ids.
 *
 * <p>A dyad's mentions meet in one task, sorted, and stream through it: memory holds the dyad's
 * events, not its mentions.
 */
final class GlobalEvents {

  /** The two tables this step makes. */
  record Result(Dataset<Row> events, Dataset<Row> eventMentions) {}

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
        .select(col("article_id"), col("ord"), col("type"),
            actorKey("source").as("source_key"), actorKey("target").as("target_key"),
            col("date"), col("article_published"));
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

  /** The key of one side: the entity id, else {@code country:} and the lowercased ISO code. */
  private static Column actorKey(String side) {
    return coalesce(col(side + "_entity"),
        concat(lit("country:"), lower(col(side + "_country"))));
  }

  /** Folds one partition's sorted mentions through one {@link EventClustering} per dyad. */
  private static final class Fold implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<Row> sorted) {
      return new Iterator<>() {
        private EventClustering dyad;

        @Override
        public boolean hasNext() {
          return sorted.hasNext();
        }

        @Override
        public Row next() {
          Row m = sorted.next();
          String type = m.getAs("type");
          String source = m.getAs("source_key");
          String target = m.getAs("target_key");
          if (dyad == null || !dyad.sameDyad(type, source, target)) {
            dyad = new EventClustering(type, source, target);
          }
          EventClustering.Assigned a = dyad.assign(Dates.local(m.getAs("date")));
          return RowFactory.create(m.getAs("article_id"), m.getAs("ord"), a.eventId(), type, source,
              target, a.eventDate());
        }
      };
    }
  }
}
