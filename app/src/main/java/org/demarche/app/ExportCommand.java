package org.demarche.app;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.demarche.export.ExtractionWriter;
import org.demarche.model.Extraction;
import org.demarche.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demarche export}: the database's content in an export format. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Writes what the database holds, article by article in id order: the same content as",
      "'demarche extract' gives for the same inputs."
    })
final class ExportCommand implements Callable<Integer> {

  @Option(names = "--db", paramLabel = "FILE", defaultValue = "demarche.db",
      description = "The database file (default ${DEFAULT-VALUE}).")
  Path db;

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  ExtractCommand.OutputFormat format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write here instead of standard output (written whole or not at all).")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(db)) {
      throw new IllegalArgumentException("no database at " + db.toAbsolutePath() + " (run 'demarche ingest' first)");
    }
    int n = AtomicOutput.write(out, stream -> {
      int count = 0;
      try (Database database = Database.openReadOnly(db);
          Stream<Extraction> articles = database.articles();
          ExtractionWriter writer = format.open(stream)) {
        for (Iterator<Extraction> it = articles.iterator(); it.hasNext(); count++) {
          writer.write(it.next());
        }
      }
      return count;
    });
    if (out != null) {
      System.err.printf("demarche: %d articles exported to %s%n", n, out);
    }
    return Main.OK;
  }
}
