package org.demarche.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code demarche bench} without models: help and the checks made before anything loads. */
class BenchCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream oldOut;
  private PrintStream oldErr;

  @BeforeEach
  void capture() {
    oldOut = System.out;
    oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(oldOut);
    System.setErr(oldErr);
  }

  @Test
  void helpNamesTheResultLine() {
    assertEquals(0, Main.run("bench", "--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    assertTrue(help.contains("Usage: demarche bench"), help);
    assertTrue(help.contains("demarche_articles_per_s=X baseline_articles_per_s=Y ratio=Z"), help);
  }

  @Test
  void articlesBelowOneIsAUsageErrorNamingTheValue() {
    assertEquals(2, Main.run("bench", "--articles", "0"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--articles must be at least 1: 0"), err.toString());
  }

  @Test
  void negativeWarmupIsAUsageError() {
    assertEquals(2, Main.run("bench", "--warmup", "-1"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--warmup must not be negative: -1"), err.toString());
  }
}
