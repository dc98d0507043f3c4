package org.demarche.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.demarche.export.JsonlWriter;
import org.demarche.ingest.Inputs;
import org.demarche.model.Article;
import org.demarche.model.Extraction;
import org.demarche.model.Problem;
import org.demarche.pipeline.BatchExtractor;
import org.demarche.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in {@code local[2]} over a JSON Lines file and a WARC file built from the sample
 * articles, compared with {@code demarche extract} (the core pipeline through the same readers)
 * over the same files, and with the store holding {@code extract}'s output.
 *
 * <p>What "equal" means: (1) every article read back from the Parquet tables is the same
 * {@link Extraction} as {@code extract}'s, compared as their JSONL export lines (ids, text,
 * dates, dateline, entities with aliases and mentions, quotes, events, timexes, in order); the
 * problems are the same. (2) Every Parquet table holds the rows of the store table of the same
 * name when {@code extract}'s output is stored in the job's order, column by column, SQLite's
 * {@code pk} and the ingestion times aside: content hashes, merged entities and aliases, and the
 * deduplicated events with their ids. (3) {@code load-parquet} into an empty store gives that
 * same store.
 */
@Tag("spark-it")
class SparkJobIT {

  /** Columns whose values differ by nature between two runs. */
  private static final Set<String> UNCOMPARED = Set.of("pk", "ingested_at", "updated_at");

  private static final List<String> STORE_TABLES = List.of("articles", "article_metadata",
      "entities", "aliases", "article_entities", "article_entity_aliases", "mentions", "quotes",
      "events", "event_mentions", "timexes");

  @TempDir static Path dir;

  private static SparkSession spark;
  private static Path jsonl;
  private static Path warc;
  private static Run jsonlRun;
  private static Run warcRun;

  /** A job run and the reference from {@code extract} over the same input. */
  private record Run(Path out, ExtractJob.Summary summary, List<Extraction> expected,
      List<Problem> expectedProblems) {}

  @BeforeAll
  static void runTheJobAndExtract() throws Exception {
    List<Article> samples = TestInputs.samples();
    jsonl = dir.resolve("articles.jsonl");
    warc = dir.resolve("articles.warc.gz");
    TestInputs.writeJsonLines(samples, jsonl);
    TestInputs.writeWarc(samples, warc);
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("SparkJobIT")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
    jsonlRun = run(jsonl, "out-jsonl");
    warcRun = run(warc, "out-warc");
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static Run run(Path input, String outName) throws Exception {
    Path out = dir.resolve(outName);
    ExtractJob.Summary summary = ExtractJob.run(spark,
        JobConfig.parse(input.toString(), "--out", out.toString(), "--partitions", "4"),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    List<Extraction> expected = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    new BatchExtractor(SharedPipeline.get(), 2, Duration.ofMinutes(2))
        .run(new Inputs(), List.of(input.toString()), expected::add, problems::add);
    return new Run(out, summary, expected, problems);
  }

  @Test
  void jsonLinesOutputEqualsExtractsOutput() throws IOException {
    assertEquals(export(jsonlRun.expected()), export(readBack(jsonlRun.out())));
    assertEquals(strings(jsonlRun.expectedProblems()), problems(jsonlRun.out()));
  }

  @Test
  void warcOutputEqualsExtractsOutputOverTheSameWarc() throws IOException {
    assertEquals(export(warcRun.expected()), export(readBack(warcRun.out())));
    assertEquals(strings(warcRun.expectedProblems()), problems(warcRun.out()));
  }

  @Test
  void summaryCountsFilesArticlesAndProblems() {
    long n = warcRun.expected().size();
    long lines = n + TestInputs.REPEATED;
    assertEquals(List.of(1L, lines, 0L, lines, 1L), counts(jsonlRun.summary()));
    assertEquals(List.of(1L, n, 0L, n, 0L), counts(warcRun.summary()));
  }

  /** Events span articles here: some JSON Lines articles come again a day later. */
  @Test
  void parquetTablesEqualTheStoreTablesOfExtractsOutput() throws Exception {
    Path reference = dir.resolve("reference.db");
    List<Extraction> inJobOrder = new ArrayList<>(jsonlRun.expected());
    inJobOrder.sort(Comparator
        .comparing((Extraction x) -> x.article().published(),
            Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
        .thenComparing(x -> x.article().id()));
    try (Database db = Database.open(reference)) {
      inJobOrder.forEach(db::store);
    }
    for (String table : STORE_TABLES) {
      assertEquals(sqliteRows(reference, table), parquetRows(jsonlRun.out(), table), table);
    }
  }

  @Test
  void loadParquetIntoAnEmptyStoreGivesTheStoreOfExtractsOutput() throws Exception {
    Path loaded = dir.resolve("loaded.db");
    try (Database db = Database.open(loaded)) {
      assertEquals(0, LoadParquet.load(spark, jsonlRun.out().toString(), db));
      assertEquals(jsonlRun.expected().size(), db.articleCount());
    }
    for (String table : STORE_TABLES) {
      assertEquals(parquetRows(jsonlRun.out(), table), sqliteRows(loaded, table), table);
    }
  }

  private static List<Long> counts(ExtractJob.Summary s) {
    return List.of(s.files(), s.articlesRead(), s.duplicates(), s.extracted(), s.problems());
  }

  private static List<Extraction> readBack(Path out) {
    List<Extraction> xs = new ArrayList<>();
    for (Iterator<Extraction> it = ParquetExtractions.read(spark, out.toString()); it.hasNext(); ) {
      xs.add(it.next());
    }
    return xs;
  }

  /** The JSONL export of {@code xs}, one line per article, in id order. */
  private static String export(List<Extraction> xs) throws IOException {
    List<Extraction> sorted = new ArrayList<>(xs);
    sorted.sort(Comparator.comparing(x -> x.article().id()));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonlWriter w = new JsonlWriter(bytes)) {
      for (Extraction x : sorted) {
        w.write(x);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static List<String> strings(List<Problem> problems) {
    return problems.stream().map(Problem::toString).sorted().toList();
  }

  private static List<String> problems(Path out) {
    return spark.read().parquet(out.resolve("problems").toString()).collectAsList().stream()
        .map(r -> new Problem(r.getString(0), r.getString(1), r.getString(2)).toString())
        .sorted().toList();
  }

  /** The rows of a store table, each as its compared columns' values, sorted. */
  private static List<String> sqliteRows(Path db, String table) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          if (!UNCOMPARED.contains(meta.getColumnName(i))) {
            row.append(meta.getColumnName(i)).append('=').append(value(rs.getObject(i))).append(' ');
          }
        }
        rows.add(row.toString());
      }
    }
    rows.sort(null);
    return rows;
  }

  /** The rows of a Parquet table, formatted as {@link #sqliteRows} formats the store's. */
  private static List<String> parquetRows(Path out, String table) {
    List<String> rows = new ArrayList<>();
    for (Row r : spark.read().parquet(out.resolve(table).toString()).collectAsList()) {
      StringBuilder row = new StringBuilder();
      for (String column : r.schema().fieldNames()) {
        if (!UNCOMPARED.contains(column)) {
          row.append(column).append('=').append(value(r.getAs(column))).append(' ');
        }
      }
      rows.add(row.toString());
    }
    rows.sort(null);
    return rows;
  }

  /** SQLite keeps booleans as 0/1 and dates as ISO text; Parquet as BOOLEAN and DATE. */
  private static String value(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Boolean b) {
      return b ? "1" : "0";
    }
    if (v instanceof java.sql.Date || v instanceof LocalDate) {
      return Dates.local(v).toString();
    }
    return v.toString();
  }
}
