package org.demarche.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobConfigTest {

  @Test
  void readsPathsAndOptions() {
    assertEquals(
        new JobConfig(List.of("s3a://b/x.warc.gz", "hdfs:///in/y.jsonl"), "out", 8,
            Duration.ofSeconds(30), List.of("extra.tsv", "more.tsv"), true),
        JobConfig.parse("s3a://b/x.warc.gz", "--out", "out", "hdfs:///in/y.jsonl",
            "--partitions", "8", "--time-budget", "30", "--gazetteer", "extra.tsv",
            "--gazetteer", "more.tsv", "--overwrite"));
  }

  @Test
  void defaultsAreFourPartitionsPerCoreAMinutePerArticleAndTheShippedGazetteer() {
    assertEquals(new JobConfig(List.of("in"), "out", 0, Duration.ofSeconds(60), List.of(), false),
        JobConfig.parse("in", "--out", "out"));
  }

  @Test
  void anUnknownOptionFailsAndNamesIt() {
    assertEquals("unknown option: --ouput",
        assertThrows(IllegalArgumentException.class,
            () -> JobConfig.parse("in", "--ouput", "x")).getMessage());
  }

  @Test
  void badValuesFailAndNameTheOption() {
    assertEquals("--partitions must be a number: many",
        assertThrows(IllegalArgumentException.class,
            () -> JobConfig.parse("in", "--out", "o", "--partitions", "many")).getMessage());
    assertEquals("--time-budget must be at least 1 second: 0",
        assertThrows(IllegalArgumentException.class,
            () -> JobConfig.parse("in", "--out", "o", "--time-budget", "0")).getMessage());
    assertEquals("--out needs a value",
        assertThrows(IllegalArgumentException.class, () -> JobConfig.parse("in", "--out")).getMessage());
    assertEquals("--out DIR is required",
        assertThrows(IllegalArgumentException.class, () -> JobConfig.parse("in")).getMessage());
    assertEquals("at least one input PATH is required",
        assertThrows(IllegalArgumentException.class, () -> JobConfig.parse("--out", "o")).getMessage());
  }
}
