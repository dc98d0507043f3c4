package org.demarche.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.demarche.export.EventsCsvWriter;
import org.demarche.export.ExtractionWriter;
import org.demarche.export.JsonlWriter;
import org.demarche.export.MentionsCsvWriter;
import org.demarche.ingest.Inputs;
import org.demarche.pipeline.BatchExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code demarche extract}: files in, export out, no database. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Reads articles and writes what Demarche extracts from them, without a database.",
      "PATH is a file (.txt, .jsonl, .jsonl.gz, .html, .warc, .warc.gz), a directory (read",
      "recursively) or - for JSON Lines on standard input."
    },
    footer = {"", "Exit codes: 0 all input read, 1 some input rejected, 2 usage error."})
final class ExtractCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for stdin.")
  List<String> paths;

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write here instead of standard output (written whole or not at all).")
  Path out;

  @Mixin PipelineOptions pipelineOptions;

  @Override
  public Integer call() throws Exception {
    Console console = new Console(pipelineOptions.quiet);
    var pipeline = pipelineOptions.build(console);
    Progress progress = console.progress("extract");
    BatchExtractor.Summary s = AtomicOutput.write(out, stream -> {
      try (ExtractionWriter writer = format.open(stream)) {
        return new BatchExtractor(pipeline, pipelineOptions.threads(), pipelineOptions.budget())
            .run(new Inputs(), paths, x -> {
              try {
                writer.write(x);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              progress.step();
            }, console::problem);
      }
    });
    progress.done();
    console.summary(s, progress, out);
    return s.rejected() == 0 ? Main.OK : Main.SOME_REJECTED;
  }

  /** The output formats; each is named on the command line by its {@link #toString()}. */
  enum OutputFormat {
    /** One JSON object per article: the export contract. */
    jsonl("jsonl"),
    /** One CSV row per event, GDELT-style, written when the input ends (held in memory). */
    events_csv("events-csv"),
    /** One CSV row per event mention, streamed. */
    mentions_csv("mentions-csv");

    private final String flag;

    OutputFormat(String flag) {
      this.flag = flag;
    }

    ExtractionWriter open(OutputStream out) throws IOException {
      return switch (this) {
        case jsonl -> new JsonlWriter(out);
        case events_csv -> new EventsCsvWriter(out);
        case mentions_csv -> new MentionsCsvWriter(out);
      };
    }

    @Override
    public String toString() {
      return flag;
    }
  }
}
