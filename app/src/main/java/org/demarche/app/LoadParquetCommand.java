package org.demarche.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code demarche load-parquet}: described here so that {@code demarche --help} lists it, run by
 * the Spark module ({@code org.demarche.spark.LoadParquet}, which needs Spark to read Parquet):
 * the {@code ./demarche} script hands the command to {@code spark/demarche-spark}. In the app's
 * own JVM it is a usage error that says so.
 */
@Command(
    name = "load-parquet",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Stores the Parquet tables of the Spark job (spark/demarche-spark extract, or spark-submit)",
      "in the database, so that 'demarche serve' browses them. Into an empty database this gives",
      "the job's tables, events and their ids included; loading twice changes nothing. Runs in",
      "Spark's JVM: the ./demarche script starts spark/demarche-spark load-parquet."
    },
    footer = {"", "Exit codes: 0 all stored, 1 some articles rejected by the store, 2 usage error."})
final class LoadParquetCommand implements Callable<Integer> {

  @Parameters(paramLabel = "DIR", description = "The Spark job's output directory (a Hadoop path).")
  String dir;

  @Option(names = "--db", paramLabel = "FILE", required = true,
      description = "The database file, created when missing.")
  Path db;

  @Override
  public Integer call() {
    System.err.println("demarche: load-parquet runs with Spark on the class path: use the ./demarche"
        + " script, or spark/demarche-spark load-parquet " + dir + " --db " + db);
    return Main.USAGE;
  }
}
