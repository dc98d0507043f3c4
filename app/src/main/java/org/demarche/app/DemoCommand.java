package org.demarche.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.demarche.export.JsonlWriter;
import org.demarche.ingest.Inputs;
import org.demarche.model.Extraction;
import org.demarche.app.web.WebServer;
import org.demarche.pipeline.BatchExtractor;
import org.demarche.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code demarche demo}: the pipeline over the sample articles that ship with Demarche. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Runs Demarche on the sample articles that ship with it: prints what it found (actors,",
      "quotes and events per article), stores it in a fresh database, writes the export to --out,",
      "and serves the workbench page on http://127.0.0.1:8080/ until Ctrl+C (--no-serve to skip)."
    })
final class DemoCommand implements Callable<Integer> {

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = "demarche-demo.jsonl",
      description = "Where the JSON Lines export of the samples goes (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--db", paramLabel = "FILE", defaultValue = "demarche-demo.db",
      description = "The demo database, created afresh (default ${DEFAULT-VALUE}).")
  Path db;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "Port of the workbench page (default ${DEFAULT-VALUE}; another free one when it is taken).")
  int port;

  @Option(names = "--no-serve", description = "Stop after the summary instead of serving the page.")
  boolean noServe;

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
      deleteDatabase(db);
      try (OutputStream stream = Files.newOutputStream(out); JsonlWriter writer = new JsonlWriter(stream);
          Database database = Database.open(db)) {
        s = new BatchExtractor(pipeline, pipelineOptions.threads(), pipelineOptions.budget())
            .run(new Inputs(), List.of(samples.toString()), x -> {
              results.add(x);
              try {
                writer.write(x);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              database.store(x);
              progress.step();
            }, console::problem);
      }
      progress.done();
      Summaries.print(results, System.out);
      console.summary(s, progress, out);
      console.status("stored in " + db.toAbsolutePath());
      int code = s.rejected() == 0 ? Main.OK : Main.SOME_REJECTED;
      if (!noServe) {
        serve();
      }
      return code;
    } finally {
      try (Stream<Path> files = Files.walk(samples)) {
        for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** Serves the demo database until the process is stopped. */
  private void serve() throws InterruptedException {
    try (Database database = Database.openReadOnly(db)) {
      WebServer server;
      try {
        server = WebServer.start(database, "127.0.0.1", port);
      } catch (IllegalStateException taken) {
        server = WebServer.start(database, "127.0.0.1", 0);
      }
      WebServer running = server;
      System.out.println();
      System.out.println("Demarche workbench: " + running.url() + "  (Ctrl+C stops)");
      System.out.flush();
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        running.stop();
        stopped.countDown();
      }, "demarche-demo-shutdown"));
      stopped.await();
    }
  }

  private static void deleteDatabase(Path db) throws IOException {
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Files.deleteIfExists(Path.of(db + suffix));
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
