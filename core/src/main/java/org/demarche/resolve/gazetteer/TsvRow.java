package org.demarche.resolve.gazetteer;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;

/**
 * One data row of a gazetteer TSV file, with what is needed to report a bad value: the file,
 * the line and the column.
 *
 * @param source file name or path, for messages
 * @param line 1-based line number in the file
 * @param header the column names of this row's kind, in order
 * @param cells the cells, as many as {@code header}
 * @param columnOffset how many columns precede {@code header[0]} in the file (1 in a user file,
 *     whose first column is the kind), for messages
 */
record TsvRow(String source, int line, List<String> header, List<String> cells, int columnOffset) {

  TsvRow {
    header = List.copyOf(header);
    cells = List.copyOf(cells);
    if (header.size() != cells.size()) {
      throw new IllegalArgumentException(
          source + ":" + line + ": expected " + header.size() + " columns " + header
              + ", found " + cells.size());
    }
  }

  /** The trimmed cell of {@code column}, or null when it is empty. */
  String text(String column) {
    String value = cells.get(index(column)).trim();
    return value.isEmpty() ? null : value;
  }

  /** The trimmed cell of {@code column}; an empty cell is an error. */
  String required(String column) {
    String value = text(column);
    if (value == null) {
      throw error(column, "must not be empty");
    }
    return value;
  }

  /** The {@code |}-separated items of {@code column}, trimmed, empty items dropped. */
  List<String> list(String column) {
    String value = text(column);
    List<String> items = new ArrayList<>();
    if (value != null) {
      for (String item : value.split("\\|")) {
        if (!item.isBlank()) {
          items.add(item.trim());
        }
      }
    }
    return items;
  }

  /**
   * The date in {@code column}: {@code YYYY-MM-DD}, or {@code YYYY-MM} and {@code YYYY} when
   * only that much is known (read as the first day of the month or year); null when empty.
   */
  LocalDate date(String column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    try {
      // hand-parsed: java.time's formatters cost ~100 ms to warm up on first use
      int year = digits(value, 0, 4);
      int month = value.length() >= 7 && value.charAt(4) == '-' ? digits(value, 5, 7) : 1;
      int day = value.length() == 10 && value.charAt(7) == '-' ? digits(value, 8, 10) : 1;
      if (value.length() != 4 && value.length() != 7 && value.length() != 10
          || value.length() >= 7 && value.charAt(4) != '-'
          || value.length() == 10 && value.charAt(7) != '-') {
        throw new NumberFormatException(value);
      }
      return LocalDate.of(year, month, day);
    } catch (DateTimeException | NumberFormatException e) {
      throw error(column, "not a date (YYYY-MM-DD, YYYY-MM or YYYY): " + value);
    }
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new NumberFormatException(s);
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** An {@link IllegalArgumentException} naming file, line, column and the problem. */
  IllegalArgumentException error(String column, String problem) {
    int number = index(column) + 1 + columnOffset;
    return new IllegalArgumentException(
        source + ":" + line + ": column " + number + " (" + column + "): " + problem);
  }

  private int index(String column) {
    int i = header.indexOf(column);
    if (i < 0) {
      throw new IllegalStateException("no column " + column + " in " + header);
    }
    return i;
  }
}
