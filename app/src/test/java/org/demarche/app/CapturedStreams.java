package org.demarche.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Standard output and error captured around each test, for commands run in the test's JVM:
 * register with {@code @RegisterExtension}; {@link #out} and {@link #err} hold what was printed,
 * in UTF-8. The original streams are put back after each test.
 */
final class CapturedStreams implements BeforeEachCallback, AfterEachCallback {

  /** What the test printed on standard output. */
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  /** What the test printed on standard error. */
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream oldOut;
  private PrintStream oldErr;

  @Override
  public void beforeEach(ExtensionContext context) {
    oldOut = System.out;
    oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    System.setOut(oldOut);
    System.setErr(oldErr);
  }
}
