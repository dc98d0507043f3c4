package org.demarche.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.TaskCompletionListener;
import org.demarche.ingest.Inputs;
import org.demarche.model.Problem;
import scala.Tuple2;

/**
 * The Spark job: reads JSON Lines or WARC files (text and HTML too) from any Hadoop path, runs
 * the core pipeline over every article (one pipeline per executor JVM, shared by its tasks) and
 * writes one Parquet table per store table under the output directory (see {@link Table}), with
 * entities merged ({@link EntityMerge}) and events deduplicated ({@link GlobalEvents}) across
 * the whole input by the store's rules.
 *
 * <p>Stages: the input files are listed on the driver; each file is read by one task with the
 * core reader for its name; articles are spread over the partitions by id (of two articles with
 * one id the later read is kept, as the store would); each partition runs the pipeline; the
 * per-article rows are cached and written, then merged into entities and events. Bad input and
 * articles that fail are rows of {@code problems}, printed too; the job goes on.
 *
 * <p>Command line: {@link JobConfig#USAGE}. Exit codes: 0 all input read, 1 some input
 * rejected (in local mode only: on a cluster it would mark the application failed), 2 usage
 * error.
 */
public final class ExtractJob {

  /** What a run did; {@code seconds} is the wall time from listing to the last table written. */
  public record Summary(long files, long articlesRead, long duplicates, long extracted,
      long problems, double seconds) {

    /** Articles extracted per second of wall time. */
    public double articlesPerSecond() {
      return seconds == 0 ? 0 : extracted / seconds;
    }
  }

  private static final int PROBLEMS_SHOWN = 20;

  private ExtractJob() {}

  /** Runs the job as {@code spark-submit} calls it. */
  public static void main(String[] args) throws IOException {
    JobConfig config;
    try {
      config = JobConfig.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("demarche-spark: " + e.getMessage());
      System.err.println(JobConfig.USAGE);
      System.exit(2);
      return;
    }
    SparkConf conf = new SparkConf().setAppName("demarche-extract");
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    if (spark.sparkContext().master().startsWith("local")) {
      spark.sparkContext().setLogLevel("WARN");
    }
    Summary s;
    try {
      s = run(spark, config, System.err);
    } catch (IllegalArgumentException e) {
      System.err.println("demarche-spark: " + e.getMessage());
      spark.stop();
      System.exit(2);
      return;
    }
    boolean local = spark.sparkContext().master().startsWith("local");
    spark.stop();
    // on a cluster a non-zero exit marks the application failed: there problems are only counted
    if (s.problems() > 0 && local) {
      System.exit(1);
    }
  }

  /**
   * Runs the job in {@code spark}, printing problems and a summary to {@code report}.
   *
   * @throws IllegalArgumentException when the output directory exists and may not be replaced
   */
  public static Summary run(SparkSession spark, JobConfig config, PrintStream report)
      throws IOException {
    long t0 = System.nanoTime();
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = jsc.hadoopConfiguration();
    prepareOutput(config, hadoop);
    InputFiles.Listing listing = InputFiles.list(config.inputs(), hadoop);
    Broadcast<HadoopConf> conf = jsc.broadcast(HadoopConf.of(hadoop));
    int partitions = config.partitions() > 0 ? config.partitions() : 4 * jsc.defaultParallelism();
    Instant now = Instant.now();

    JavaRDD<ReadItem> read = jsc.parallelize(listing.files(), Math.max(1, listing.files().size()))
        .flatMap(file -> open(file, conf.value()))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaRDD<TableRow> rows = read.filter(ReadItem::isArticle)
        .mapToPair(item -> new Tuple2<>(item.article().id(), item.article()))
        .reduceByKey(ArticleRecord::later, partitions)
        .values()
        .mapPartitions(new PartitionExtractor(config.gazetteers(), config.budget(), now))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());

    // the first write runs the pipeline; the other tables come from the cached rows
    Dataset<Row> articles = frame(spark, rows, Table.ARTICLES);
    write(articles, Table.ARTICLES, config);
    for (Table t : List.of(Table.ARTICLE_METADATA, Table.ARTICLE_ENTITIES,
        Table.ARTICLE_ENTITY_ALIASES, Table.MENTIONS, Table.QUOTES, Table.TIMEXES)) {
      write(frame(spark, rows, t), t, config);
    }
    EntityMerge.Result entities = EntityMerge.merge(frame(spark, rows, Table.ARTICLE_ENTITIES),
        frame(spark, rows, Table.ARTICLE_ENTITY_ALIASES), articles, now);
    write(entities.entities(), Table.ENTITIES, config);
    write(entities.aliases(), Table.ALIASES, config);
    GlobalEvents.Result events = GlobalEvents.assign(frame(spark, rows, Table.EVENT_MENTIONS),
        articles, partitions);
    write(events.events(), Table.EVENTS, config);
    write(events.eventMentions(), Table.EVENT_MENTIONS, config);

    List<Row> listed = new ArrayList<>();
    for (Problem p : listing.problems()) {
      listed.add(ExtractionRows.problem(p, "read").row());
    }
    JavaRDD<Row> problemRows = jsc.parallelize(listed, 1)
        .union(read.filter(item -> !item.isArticle())
            .map(item -> ExtractionRows.problem(item.problem(), "read").row()))
        .union(rows.filter(r -> r.table() == Table.PROBLEMS).map(TableRow::row));
    Dataset<Row> problems = spark.createDataFrame(problemRows, Table.PROBLEMS.schema()).persist();
    write(problems.coalesce(1), Table.PROBLEMS, config);

    long articlesRead = read.filter(ReadItem::isArticle).count();
    long extracted = articles.count();
    long extractProblems = rows.filter(r -> r.table() == Table.PROBLEMS).count();
    long problemCount = problems.count();
    double seconds = (System.nanoTime() - t0) / 1e9;
    Summary summary = new Summary(listing.files().size(), articlesRead,
        articlesRead - extracted - extractProblems, extracted, problemCount, seconds);
    reportProblems(problems, problemCount, config, report);
    report.printf("demarche-spark: %d files, %d articles read (%d duplicate ids, the last read kept),"
            + " %d extracted, %d problems, in %.1f s (%.2f articles/s); tables in %s%n",
        summary.files(), summary.articlesRead(), summary.duplicates(), summary.extracted(),
        summary.problems(), seconds, summary.articlesPerSecond(), config.out());
    problems.unpersist();
    rows.unpersist();
    read.unpersist();
    return summary;
  }

  private static void prepareOutput(JobConfig config, Configuration hadoop) throws IOException {
    Path out = new Path(config.out());
    FileSystem fs = out.getFileSystem(hadoop);
    if (fs.exists(out)) {
      if (!config.overwrite()) {
        throw new IllegalArgumentException(
            "output directory exists: " + config.out() + " (--overwrite replaces it)");
      }
      fs.delete(out, true);
    }
  }

  /** Reads one file on an executor; the reading stops when the task ends. */
  private static Iterator<ReadItem> open(InputFile file, HadoopConf conf) {
    String fileName = new Path(file.uri()).getName();
    FileReading reading = new FileReading(file, new Inputs().readerFor(fileName), () -> {
      Path path = new Path(file.uri());
      return path.getFileSystem(conf.get()).open(path);
    });
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((TaskCompletionListener) context -> reading.close());
    }
    return reading;
  }

  private static Dataset<Row> frame(SparkSession spark, JavaRDD<TableRow> rows, Table table) {
    return spark.createDataFrame(
        rows.filter(r -> r.table() == table).map(TableRow::row), table.schema());
  }

  private static void write(Dataset<Row> frame, Table table, JobConfig config) {
    frame.select(table.columns()).write().mode(SaveMode.ErrorIfExists)
        .parquet(new Path(config.out(), table.dirName()).toString());
  }

  private static void reportProblems(Dataset<Row> problems, long count, JobConfig config,
      PrintStream report) {
    for (Row p : problems.limit(PROBLEMS_SHOWN).collectAsList()) {
      report.println(new Problem(p.getString(0), p.getString(1), p.getString(2)));
    }
    if (count > PROBLEMS_SHOWN) {
      report.printf("... and %d more problems in %s%n", count - PROBLEMS_SHOWN,
          new Path(config.out(), Table.PROBLEMS.dirName()));
    }
  }
}
