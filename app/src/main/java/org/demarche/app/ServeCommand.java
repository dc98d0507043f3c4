package org.demarche.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.demarche.app.web.WebServer;
import org.demarche.store.Database;
import org.demarche.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code demarche serve}: the analyst's workbench (web page and read-only JSON API) over a
 * database, until the process is stopped (Ctrl+C) or the calling thread is interrupted.
 *
 * <p>Exit codes: 0 after a clean stop, 1 when the server cannot listen (port taken, unknown
 * host), 2 when the database is missing or unreadable or an option is invalid.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Serves the analyst's workbench: the web page and the read-only JSON API "
        + "(described at /openapi.json) over a Demarche database.",
        "Binds 127.0.0.1 unless --host says otherwise; the workbench has no login, so binding "
            + "another address lets anyone who can reach it read the database."})
public final class ServeCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--db", paramLabel = "FILE", defaultValue = "demarche.db",
      description = "The database to serve, opened read-only (default: ${DEFAULT-VALUE} in the "
          + "working directory, as `demarche ingest` writes it).")
  private Path db;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "The port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  private int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; "
          + "0.0.0.0 for every interface).")
  private String host;

  private final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65_535) {
      err.println("demarche serve: --port must be from 0 to 65535: " + port);
      return 2;
    }
    if (!Files.isRegularFile(db)) {
      err.println("demarche serve: no database at " + db.toAbsolutePath()
          + " (create one with `demarche ingest`, or name it with --db FILE)");
      return 2;
    }
    Database database;
    try {
      database = Database.openReadOnly(db);
      database.articleCount();
    } catch (StoreException | IllegalArgumentException e) {
      err.println("demarche serve: cannot read the database " + db.toAbsolutePath() + ": " + e.getMessage());
      return 2;
    }
    try (database) {
      WebServer server;
      try {
        server = WebServer.start(database, host, port);
      } catch (IllegalStateException e) {
        err.println("demarche serve: " + e.getMessage());
        return 1;
      }
      if (!server.loopbackOnly()) {
        err.println("WARNING: listening on " + host + ", which other machines may reach; the "
            + "workbench has no login and shows the whole database. Use --host 127.0.0.1 to keep it local.");
      }
      out.println("Demarche workbench: " + server.url() + "  (database " + db + ", "
          + database.articleCount() + " articles; Ctrl+C stops)");
      out.flush();
      err.flush();
      Thread hook = new Thread(() -> {
        server.stop();
        stopped.countDown();
      }, "demarche-serve-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      boolean interrupted = false;
      try {
        stopped.await();
      } catch (InterruptedException e) {
        interrupted = true;
      }
      server.stop();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or has run: nothing to remove
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      return 0;
    }
  }
}
