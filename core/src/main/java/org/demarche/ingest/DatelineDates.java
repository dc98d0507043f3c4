package org.demarche.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Month names and year inference for dateline dates ({@code Feb. 26}, {@code 28 February 2023}). */
final class DatelineDates {

  /** A month name or abbreviation, as a regex (match case-insensitively). */
  static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?"
      + "|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

  private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

  private DatelineDates() {}

  /** The month number (1-12) of a name matched by {@link #MONTH}. */
  static int month(String name) {
    return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
  }

  /** Whether {@code word} is a month name or abbreviation. */
  static boolean isMonth(String word) {
    return word.matches("(?i)" + MONTH + "\\.?");
  }

  /**
   * The date for a day and month.
   *
   * @param year the year the dateline states, or null
   * @param known the publication date when known, else null
   * @return the stated date; else, with {@code known}, the date in the year (the one before,
   *     the same or the one after) that puts it nearest to {@code known}, the earlier on a tie
   *     since news reports the past ({@code Dec 31} near 2024-01-02 is 2023-12-31); else null.
   *     Null too for impossible dates ({@code Feb 30}).
   */
  static LocalDate resolve(int month, int day, Integer year, LocalDate known) {
    if (year != null) {
      return date(year, month, day);
    }
    if (known == null) {
      return null;
    }
    LocalDate best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int y = known.getYear() - 1; y <= known.getYear() + 1; y++) {
      LocalDate candidate = date(y, month, day);
      if (candidate == null) {
        continue;
      }
      long distance = Math.abs(ChronoUnit.DAYS.between(candidate, known));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
