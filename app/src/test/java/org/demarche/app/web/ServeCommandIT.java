package org.demarche.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demarche.app.ServeCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code demarche serve} run as the CLI runs it. */
class ServeCommandIT {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private CommandLine command() {
    CommandLine cl = new CommandLine(new ServeCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl;
  }

  @Test
  void missingDatabaseExitsWith2AndSaysSo() {
    Path none = dir.resolve("none.db");
    assertEquals(2, command().execute("--db", none.toString(), "--port", "0"));
    assertTrue(err.toString().contains("no database at " + none.toAbsolutePath()), err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void fileThatIsNoDatabaseExitsWith2AndSaysSo() throws IOException {
    Path junk = Files.writeString(dir.resolve("junk.db"), "this is not a database, just some text\n".repeat(200));
    assertEquals(2, command().execute("--db", junk.toString(), "--port", "0"));
    assertTrue(err.toString().startsWith("demarche serve: cannot read the database " + junk.toAbsolutePath()),
        err.toString());
    assertFalse(err.toString().contains("\tat "), "stack trace printed: " + err);
  }

  @Test
  void portOutOfRangeExitsWith2() {
    Path db = WebFixtures.createDb(dir);
    assertEquals(2, command().execute("--db", db.toString(), "--port", "70000"));
    assertTrue(err.toString().contains("--port"), err.toString());
  }

  @Test
  void helpNamesTheDefaults() {
    assertEquals(0, command().execute("--help"));
    String help = out.toString().replaceAll("\\s+", " ").replace(". db", ".db");
    assertTrue(help.contains("demarche.db"), help);
    assertTrue(help.contains("127.0.0.1"), help);
    assertTrue(help.contains("8080"), help);
  }

  @Test
  void servesOnAFreePortUntilInterrupted() throws Exception {
    Path db = WebFixtures.createDb(dir);
    AtomicInteger exit = new AtomicInteger(-1);
    Thread serving = new Thread(() -> exit.set(command().execute("--db", db.toString(), "--port", "0")));
    serving.start();
    Matcher url = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher("");
    for (int i = 0; i < 200 && !url.reset(out.toString()).find(); i++) {
      Thread.sleep(50);
    }
    assertTrue(url.reset(out.toString()).find(), "no URL printed: " + out + err);
    assertTrue(Integer.parseInt(url.group(1)) > 0);
    assertTrue(out.toString().contains("6 articles"), out.toString());
    assertEquals("", err.toString(), "a loopback server warns of nothing");
    ApiClient client = new ApiClient(URI.create(url.group()));
    assertEquals(200, client.get("/api/search?q=Tokayev").statusCode());
    serving.interrupt();
    serving.join(10_000);
    assertFalse(serving.isAlive());
    assertEquals(0, exit.get(), err.toString());
  }

  /** Bound to every interface, the server says so on standard error before it serves. */
  @Test
  void anotherAddressThanLoopbackIsWarnedAbout() throws Exception {
    Path db = WebFixtures.createDb(dir);
    AtomicInteger exit = new AtomicInteger(-1);
    Thread serving = new Thread(() -> exit.set(command().execute("--db", db.toString(), "--port", "0",
        "--host", "0.0.0.0")));
    serving.start();
    for (int i = 0; i < 200 && !out.toString().contains("Demarche workbench"); i++) {
      Thread.sleep(50);
    }
    assertTrue(out.toString().contains("http://0.0.0.0:"), out.toString() + err);
    assertTrue(err.toString().startsWith("WARNING: listening on 0.0.0.0, which other machines may reach"),
        err.toString());
    serving.interrupt();
    serving.join(10_000);
    assertEquals(0, exit.get(), err.toString());
  }

  @Test
  void loopbackHostsAreRecognized() {
    assertTrue(WebServer.isLoopback("127.0.0.1"));
    assertTrue(WebServer.isLoopback("localhost"));
    assertTrue(WebServer.isLoopback("::1"));
    assertFalse(WebServer.isLoopback("0.0.0.0"));
    assertFalse(WebServer.isLoopback("no-such-host.invalid"));
  }
}
