package org.demarche.ingest;

import java.util.List;
import java.util.Locale;

/** Derives ids and format choices from source names ({@code dir/a.jsonl.gz}, {@code -}). */
final class SourceNames {

  /** The name used for standard input in problems and sources. */
  static final String STDIN = "-";

  private static final List<String> COMPRESSED = List.of(".gz");

  private SourceNames() {}

  /** The last element of a path, with {@code /} or {@code \} as separator. */
  static String fileName(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return slash < 0 ? source : source.substring(slash + 1);
  }

  /**
   * The file name without its extension, and without a compression suffix before it:
   * {@code dir/a.b.txt} is {@code a.b}, {@code x.jsonl.gz} is {@code x}, {@code -} is
   * {@code stdin}. Never blank.
   */
  static String stem(String source) {
    if (STDIN.equals(source)) {
      return "stdin";
    }
    String name = fileName(source);
    for (String suffix : COMPRESSED) {
      if (name.toLowerCase(Locale.ROOT).endsWith(suffix) && name.length() > suffix.length()) {
        name = name.substring(0, name.length() - suffix.length());
      }
    }
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return stem.isBlank() ? "article" : stem;
  }

  /** Whether the file name (case-insensitively) ends with one of the suffixes. */
  static boolean endsWithAny(String fileName, String... suffixes) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (String suffix : suffixes) {
      if (lower.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }
}
