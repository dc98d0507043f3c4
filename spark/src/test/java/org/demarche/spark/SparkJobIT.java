package org.demarche.spark;

import static org.apache.spark.sql.functions.countDistinct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.demarche.app.Main;
import org.demarche.export.JsonlWriter;
import org.demarche.model.Article;
import org.demarche.model.Extraction;
import org.demarche.model.Problem;
import org.demarche.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in {@code local[2]} over a JSON Lines file and a WARC file built from the sample
 * articles, compared with the {@code demarche extract} and {@code demarche ingest} commands over
 * the same files. The commands run in this JVM through {@link Main#run}, so that they share the
 * pipeline the job loaded ({@link org.demarche.pipeline.StandardPipeline#shared}): one set of
 * models in memory.
 *
 * <p>What "equal" means: (1) every article read back from the Parquet tables, written as the
 * JSONL export, is the line {@code extract} wrote for it (ids, text, dates, dateline, entities
 * with aliases and mentions, quotes, events with CAMEO, QuadClass and Goldstein, timexes, in
 * order), and the problems are those {@code extract} reported. (2) Every Parquet table holds the
 * rows of the store table of the same name after {@code ingest} of the same input (written in
 * the job's order), column by column, SQLite's {@code pk} and the ingestion times aside: content
 * hashes, metadata, merged entities and aliases, and the deduplicated events with their ids.
 * (3) {@code load-parquet} into an empty store gives that same store.
 */
@Tag("spark-it")
class SparkJobIT {

  /** Columns whose values differ by nature between two runs. */
  private static final Set<String> UNCOMPARED = Set.of("pk", "ingested_at", "updated_at");

  private static final List<String> STORE_TABLES = List.of("articles", "article_metadata",
      "entities", "aliases", "article_entities", "article_entity_aliases", "mentions", "quotes",
      "events", "event_mentions", "timexes");

  private static final String REJECTED = "demarche: rejected ";

  @TempDir static Path dir;

  private static SparkSession spark;
  private static Run jsonlRun;
  private static Run warcRun;
  private static Command ingest;

  /** A job run and {@code extract} over the same input. */
  private record Run(Path out, ExtractJob.Summary summary, Command extract, Path extracted) {}

  /** What a {@code demarche} command returned and printed on standard error. */
  private record Command(int exitCode, String stderr) {

    /** The problems it reported, as {@link Problem#toString()}, sorted. */
    List<String> problems() {
      return stderr.lines().filter(l -> l.startsWith(REJECTED))
          .map(l -> l.substring(REJECTED.length())).sorted().toList();
    }
  }

  @BeforeAll
  static void runTheJobAndTheCommands() throws Exception {
    List<Article> samples = TestInputs.samples();
    Path jsonl = dir.resolve("articles.jsonl");
    Path warc = dir.resolve("articles.warc.gz");
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
    ingest = demarche("ingest", jsonl.toString(), "--db", dir.resolve("ingested.db").toString());
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
    Path extracted = dir.resolve(outName + ".extract.jsonl");
    Command extract = demarche("extract", input.toString(), "--out", extracted.toString());
    return new Run(out, summary, extract, extracted);
  }

  /** Runs the {@code demarche} command line in this JVM. */
  private static Command demarche(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream old = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = Main.run(args);
    } finally {
      System.setErr(old);
    }
    return new Command(code, err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void jsonLinesOutputEqualsExtractsOutput() throws IOException {
    assertEquals(lines(jsonlRun.extracted()), export(readBack(jsonlRun.out())));
    assertEquals(jsonlRun.extract().problems(), problems(jsonlRun.out()));
  }

  @Test
  void warcOutputEqualsExtractsOutputOverTheSameWarc() throws IOException {
    assertEquals(lines(warcRun.extracted()), export(readBack(warcRun.out())));
    assertEquals(warcRun.extract().problems(), problems(warcRun.out()));
  }

  @Test
  void summaryCountsFilesArticlesAndProblems() throws IOException {
    long n = lines(warcRun.extracted()).size();
    long lines = n + TestInputs.REPEATED;
    assertEquals(List.of(1L, lines, 0L, lines, 1L), counts(jsonlRun.summary()));
    assertEquals(List.of(1L, n, 0L, n, 0L), counts(warcRun.summary()));
    assertEquals(List.of(1, 0), List.of(jsonlRun.extract().exitCode(), warcRun.extract().exitCode()),
        jsonlRun.extract().stderr() + warcRun.extract().stderr());
  }

  /** Events span articles here: some JSON Lines articles come again a day later. */
  @Test
  void parquetTablesEqualTheStoreTablesOfIngestOverTheSameInput() throws Exception {
    assertTrue(spark.read().parquet(jsonlRun.out().resolve("event_mentions").toString())
        .groupBy("event_id").agg(countDistinct("article_id").as("articles"))
        .where("articles > 1").count() > 0, "no event is mentioned by two articles");
    assertEquals(1, ingest.exitCode(), ingest.stderr());
    assertEquals(jsonlRun.extract().problems(), ingest.problems());
    for (String table : STORE_TABLES) {
      assertEquals(sqliteRows(dir.resolve("ingested.db"), table), parquetRows(jsonlRun.out(), table),
          table);
    }
  }

  @Test
  void loadParquetIntoAnEmptyStoreGivesTheStoreOfTheJob() throws Exception {
    Path loaded = dir.resolve("loaded.db");
    try (Database db = Database.open(loaded)) {
      assertEquals(0, LoadParquet.load(spark, jsonlRun.out().toString(), db));
      assertEquals(lines(jsonlRun.extracted()).size(), db.articleCount());
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

  /** The JSONL export of {@code xs}, one line per article, sorted (by id: lines start with it). */
  private static List<String> export(List<Extraction> xs) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonlWriter w = new JsonlWriter(bytes)) {
      for (Extraction x : xs) {
        w.write(x);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8).lines().sorted().toList();
  }

  /** The lines of a file, sorted. */
  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().sorted().toList();
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
