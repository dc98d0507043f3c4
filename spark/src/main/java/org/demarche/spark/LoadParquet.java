package org.demarche.spark;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.demarche.model.Extraction;
import org.demarche.store.Database;
import org.demarche.store.StoreException;
import org.demarche.store.StoreOutcome;

/**
 * {@code demarche load-parquet DIR --db FILE}: puts the result of {@link ExtractJob} into a
 * store, so that the web page can browse it. Reads the Parquet tables with Spark in local mode
 * (or the master {@code spark-submit} gives), rebuilds each article's extraction
 * ({@link ParquetExtractions}) and stores it through the store's API in the job's order. Into an
 * empty store this gives exactly the job's tables, events and their ids included; into a store
 * that already holds articles, entities and events merge with what is there by the store's
 * rules. Storing is idempotent: loading the same result twice changes nothing.
 *
 * <p>Exit codes: 0 all stored, 1 some articles rejected by the store, 2 usage error.
 */
public final class LoadParquet {

  static final String USAGE = "usage: demarche load-parquet DIR --db FILE";

  private LoadParquet() {}

  /** Runs the loader from the command line. */
  public static void main(String[] args) {
    String dir = null;
    String db = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--db") && i + 1 < args.length) {
        db = args[++i];
      } else if (args[i].startsWith("-") || dir != null) {
        usage("unexpected argument: " + args[i]);
      } else {
        dir = args[i];
      }
    }
    if (dir == null || db == null) {
      usage(dir == null ? "DIR is required" : "--db FILE is required");
    }
    SparkConf conf = new SparkConf().setAppName("demarche-load-parquet");
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    int rejected;
    try (Database database = Database.open(Path.of(db))) {
      rejected = load(spark, dir, database);
    } catch (StoreException e) {
      System.err.println("demarche load-parquet: " + e.getMessage());
      rejected = 1;
    } finally {
      spark.stop();
    }
    System.exit(rejected == 0 ? 0 : 1);
  }

  /** Stores every extraction under {@code dir} into {@code db}; returns how many were rejected. */
  public static int load(SparkSession spark, String dir, Database db) {
    Map<StoreOutcome, Integer> outcomes = new EnumMap<>(StoreOutcome.class);
    int rejected = 0;
    for (Iterator<Extraction> it = ParquetExtractions.read(spark, dir); it.hasNext(); ) {
      Extraction x = it.next();
      try {
        outcomes.merge(db.store(x), 1, Integer::sum);
      } catch (IllegalArgumentException e) {
        // text the store cannot keep (an unpaired surrogate): reported, the rest goes on
        rejected++;
        System.err.println("demarche load-parquet: article " + x.article().id() + ": " + e.getMessage());
      }
    }
    System.err.printf("demarche load-parquet: %d stored, %d replaced, %d already present, %d rejected, in %s%n",
        outcomes.getOrDefault(StoreOutcome.STORED, 0), outcomes.getOrDefault(StoreOutcome.REPLACED, 0),
        outcomes.getOrDefault(StoreOutcome.ALREADY_PRESENT, 0), rejected, db.path());
    return rejected;
  }

  private static void usage(String message) {
    System.err.println("demarche load-parquet: " + message);
    System.err.println(USAGE);
    System.exit(2);
  }
}
