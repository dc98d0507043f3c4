package org.demarche.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code demarche bench} without models: help and the checks made before anything loads. */
class BenchCommandTest {

  @RegisterExtension final CapturedStreams streams = new CapturedStreams();
  private final ByteArrayOutputStream out = streams.out;
  private final ByteArrayOutputStream err = streams.err;

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
