package org.demarche.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.demarche.export.JsonlWriter;
import org.demarche.ingest.Inputs;
import org.demarche.model.Extraction;
import org.demarche.pipeline.BatchExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code demarche demo}: the pipeline over the sample articles that ship with Demarche. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Runs Demarche on the sample articles that ship with it and prints what it found:",
      "actors, quotes and events per article. Also writes the export to --out."
    })
final class DemoCommand implements Callable<Integer> {

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = "demarche-demo.jsonl",
      description = "Where the JSON Lines export of the samples goes (default ${DEFAULT-VALUE}).")
  Path out;

  @Mixin PipelineOptions pipelineOptions;

  @Override
  public Integer call() throws Exception {
    Console console = new Console(pipelineOptions.quiet);
    Path samples = Files.createTempDirectory("demarche-samples");
    try {
      int n = copySamples(samples);
      console.status(n + " sample articles");
      var pipeline = pipelineOptions.build(console);
      List<Extraction> results = new ArrayList<>();
      Progress progress = console.progress("demo");
      BatchExtractor.Summary s;
      try (OutputStream stream = Files.newOutputStream(out); JsonlWriter writer = new JsonlWriter(stream)) {
        s = new BatchExtractor(pipeline, pipelineOptions.threads(), pipelineOptions.budget())
            .run(new Inputs(), List.of(samples.toString()), x -> {
              results.add(x);
              try {
                writer.write(x);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              progress.step();
            }, console::problem);
      }
      progress.done();
      Summaries.print(results, System.out);
      console.summary(s, progress, out);
      return s.rejected() == 0 ? Main.OK : Main.SOME_REJECTED;
    } finally {
      try (Stream<Path> files = Files.walk(samples)) {
        for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** Copies the samples out of the jar (or the classes directory) into {@code dir}. */
  static int copySamples(Path dir) throws IOException, URISyntaxException {
    URL url = DemoCommand.class.getResource("/org/demarche/samples");
    if (url == null) {
      throw new IllegalStateException("the sample articles are missing from the build");
    }
    URI uri = url.toURI();
    if (uri.getScheme().equals("jar")) {
      try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
        return copy(fs.getPath("/org/demarche/samples"), dir);
      }
    }
    return copy(Path.of(uri), dir);
  }

  private static int copy(Path from, Path to) throws IOException {
    int n = 0;
    try (Stream<Path> files = Files.list(from)) {
      for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(p)) {
          Files.copy(in, to.resolve(p.getFileName().toString()));
        }
        n++;
      }
    }
    return n;
  }
}
