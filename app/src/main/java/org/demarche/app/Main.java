package org.demarche.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code demarche} command line: subcommands for each job. */
@Command(
    name = "demarche",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns news articles into who said and did what to whom, with evidence.",
    subcommands = {ExtractCommand.class, IngestCommand.class, ExportCommand.class, ServeCommand.class,
        DemoCommand.class, ActorsCommand.class, BenchCommand.class, LoadParquetCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 all input read, 1 some input rejected, 2 usage error."})
public final class Main implements Runnable {

  /** Exit code when every input was read. */
  public static final int OK = 0;
  /** Exit code when some input was rejected (and the rest processed). */
  public static final int SOME_REJECTED = 1;
  /** Exit code for a usage error. */
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code: for tests. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExitCodeExceptionMapper(e -> USAGE);
    cli.setParameterExceptionHandler((ex, a) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("demarche: " + ex.getMessage());
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
      return USAGE;
    });
    cli.setExecutionExceptionHandler((ex, c, parsed) -> {
      c.getErr().println("demarche: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
      if (System.getenv("DEMARCHE_DEBUG") != null) {
        ex.printStackTrace(c.getErr());
      }
      return ex instanceof IllegalArgumentException ? USAGE : SOME_REJECTED;
    });
    return cli.execute(args);
  }

  /** The version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"demarche " + version()};
    }
  }

  static String version() {
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
