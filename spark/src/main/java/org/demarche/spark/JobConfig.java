package org.demarche.spark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ExtractJob} is asked to do, from its command line:
 * {@code PATH... --out DIR [--partitions N] [--time-budget SECONDS] [--gazetteer FILE]...
 * [--overwrite]}.
 *
 * @param inputs Hadoop paths or globs of JSON Lines, WARC (or text, HTML) files and directories
 * @param out the output directory (a Hadoop path); it must not exist unless {@code overwrite}
 * @param partitions how many partitions the articles are spread over; 0 for four per core of
 *     the cluster ({@code spark.default.parallelism} x 4)
 * @param budget the most time one article may take before it is skipped and reported
 * @param gazetteers user gazetteer files, as {@code demarche extract --gazetteer} takes them:
 *     local files of every executor (ship them with {@code spark-submit --files})
 * @param overwrite whether an existing output directory is replaced
 */
record JobConfig(List<String> inputs, String out, int partitions, Duration budget,
    List<String> gazetteers, boolean overwrite) {

  /** The usage line. */
  static final String USAGE =
      "usage: ExtractJob PATH... --out DIR [--partitions N] [--time-budget SECONDS]"
          + " [--gazetteer FILE]... [--overwrite]";

  JobConfig {
    inputs = List.copyOf(inputs);
    gazetteers = List.copyOf(gazetteers);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("at least one input PATH is required");
    }
    Objects.requireNonNull(out, "--out DIR is required");
    if (partitions < 0 || partitions > 1_000_000) {
      throw new IllegalArgumentException("--partitions must be within 0..1000000: " + partitions);
    }
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("--time-budget must be at least 1 second: " + budget.toSeconds());
    }
  }

  /** Parses the arguments; an unknown option or a bad value fails and names it. */
  static JobConfig parse(String... args) {
    List<String> inputs = new ArrayList<>();
    String out = null;
    int partitions = 0;
    long budgetSeconds = 60;
    List<String> gazetteers = new ArrayList<>();
    boolean overwrite = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--out" -> out = value(args, ++i, arg);
        case "--partitions" -> partitions = number(value(args, ++i, arg), arg);
        case "--time-budget" -> budgetSeconds = number(value(args, ++i, arg), arg);
        case "--gazetteer" -> gazetteers.add(value(args, ++i, arg));
        case "--overwrite" -> overwrite = true;
        default -> {
          if (arg.startsWith("--")) {
            throw new IllegalArgumentException("unknown option: " + arg);
          }
          inputs.add(arg);
        }
      }
    }
    if (out == null) {
      throw new IllegalArgumentException("--out DIR is required");
    }
    return new JobConfig(inputs, out, partitions, Duration.ofSeconds(budgetSeconds),
        gazetteers, overwrite);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int number(String value, String option) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " must be a number: " + value, e);
    }
  }
}
