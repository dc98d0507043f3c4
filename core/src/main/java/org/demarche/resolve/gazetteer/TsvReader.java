package org.demarche.resolve.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a gazetteer TSV file: UTF-8, {@code #} comment lines and blank lines skipped, a header
 * row, then one row per line with exactly as many tab-separated cells as the header.
 */
final class TsvReader {

  private TsvReader() {}

  /**
   * Reads all data rows.
   *
   * @param in the file's text
   * @param source file name for messages
   * @param expectedHeader the columns the file must declare, in order
   * @throws IllegalArgumentException naming file and line when the header or a row is malformed
   * @throws UncheckedIOException when reading fails
   */
  static List<TsvRow> read(BufferedReader in, String source, List<String> expectedHeader) {
    List<TsvRow> rows = new ArrayList<>();
    boolean headerSeen = false;
    int number = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        line = clean(line, number);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = split(line);
        if (!headerSeen) {
          if (!cells.equals(expectedHeader)) {
            throw new IllegalArgumentException(
                source + ":" + number + ": header must be " + String.join(" TAB ", expectedHeader)
                    + ", found " + String.join(" TAB ", cells));
          }
          headerSeen = true;
          continue;
        }
        rows.add(new TsvRow(source, number, expectedHeader, cells, 0));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    if (!headerSeen) {
      throw new IllegalArgumentException(source + ": no header row");
    }
    return rows;
  }

  /** The line without a byte order mark (first line) or a trailing carriage return. */
  static String clean(String line, int number) {
    String s = line;
    if (number == 1 && s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    if (s.endsWith("\r")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** The tab-separated cells of a line, trailing empty cells kept. */
  static List<String> split(String line) {
    return Arrays.asList(line.split("\t", -1));
  }
}
