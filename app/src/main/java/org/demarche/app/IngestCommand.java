package org.demarche.app;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.demarche.ingest.Inputs;
import org.demarche.pipeline.BatchExtractor;
import org.demarche.store.Database;
import org.demarche.store.StoreConfig;
import org.demarche.store.StoreException;
import org.demarche.store.StoreOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code demarche ingest}: extract and store in the SQLite database. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Reads articles, extracts them and stores everything in the database, one transaction per",
      "article: re-ingesting the same input changes nothing, and an interrupted ingest can be",
      "re-run. PATH is a file, a directory (read recursively) or - for JSON Lines on stdin."
    },
    footer = {"", "Exit codes: 0 all input read, 1 some input rejected, 2 usage error."})
final class IngestCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for stdin.")
  List<String> paths;

  @Option(names = "--db", paramLabel = "FILE", defaultValue = "demarche.db",
      description = "The database file, created when missing (default ${DEFAULT-VALUE} in the current directory).")
  Path db;

  @Option(names = "--db-limit", paramLabel = "SIZE",
      description = "Stop storing when the database would grow past SIZE (bytes, or with K, M or G), as if the disk were full: a guard for a shared disk. Default: no limit.")
  String dbLimit;

  @Mixin PipelineOptions pipelineOptions;

  @Override
  public Integer call() throws Exception {
    Console console = new Console(pipelineOptions.quiet);
    pipelineOptions.check(); // before the database file is created
    long maxBytes = dbLimit == null ? 0 : ByteSizes.parse("--db-limit", dbLimit);
    try (Database database = Database.open(StoreConfig.readWrite(db).withMaxBytes(maxBytes))) {
      var pipeline = pipelineOptions.build(console);
      Map<StoreOutcome, Integer> outcomes = new EnumMap<>(StoreOutcome.class);
      InputSizes sizes = InputSizes.of(paths);
      Progress progress = console.progress("ingest", sizes);
      BatchExtractor.Summary s;
      try {
        s = new BatchExtractor(pipeline, pipelineOptions.threads(), pipelineOptions.budget())
            .run(new Inputs(), paths, x -> {
              outcomes.merge(database.store(x), 1, Integer::sum);
              progress.step(x.article().sourcePath());
            }, console::problem);
      } catch (StoreException e) {
        // a full disk, a lock that did not clear: every article stored before it stays stored
        progress.done();
        System.err.println("demarche: ingest stopped: " + e.getMessage());
        System.err.printf("demarche: nothing of that article was written; what was stored before it is kept"
            + " (%d stored and %d replaced in this run). Re-run the same command once the cause is fixed"
            + " to store the rest.%n", outcomes.getOrDefault(StoreOutcome.STORED, 0),
            outcomes.getOrDefault(StoreOutcome.REPLACED, 0));
        return Main.SOME_REJECTED;
      }
      progress.done();
      console.summary(s, progress, null);
      console.status(String.format("%d stored, %d already present, %d replaced, %d rejected; database %s",
          outcomes.getOrDefault(StoreOutcome.STORED, 0), outcomes.getOrDefault(StoreOutcome.ALREADY_PRESENT, 0),
          outcomes.getOrDefault(StoreOutcome.REPLACED, 0), s.rejected(), db.toAbsolutePath()));
      return s.rejected() == 0 ? Main.OK : Main.SOME_REJECTED;
    }
  }
}
