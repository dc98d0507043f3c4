package org.demarche.app;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes as written on the command line: {@code 1048576}, {@code 64K}, {@code 500M}, {@code 2G}. */
final class ByteSizes {

  private static final Pattern SIZE = Pattern.compile("(\\d{1,15})\\s*([KMG]?)B?");

  private ByteSizes() {}

  /**
   * The number of bytes {@code value} stands for; K, M and G are powers of 1024.
   *
   * @throws IllegalArgumentException naming {@code option} when the value is not a size or is 0
   */
  static long parse(String option, String value) {
    Matcher m = SIZE.matcher(value.strip().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(option + " must be a size such as 500M or 2G: '" + value + "'");
    }
    long n = Long.parseLong(m.group(1));
    int shift = switch (m.group(2)) {
      case "K" -> 10;
      case "M" -> 20;
      case "G" -> 30;
      default -> 0;
    };
    if (n == 0 || n > (Long.MAX_VALUE >> shift)) {
      throw new IllegalArgumentException(option + " must be from 1 byte to 8 EB: '" + value + "'");
    }
    return n << shift;
  }
}
