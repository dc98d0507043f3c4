package org.demarche.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/** Month names and year inference for dateline dates ({@code Feb. 26}, {@code 28 February}). */
final class DatelineDates {

  /** A month name or abbreviation, as a regex (match case-insensitively). */
  static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?"
      + "|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

  /** How far after its publication date a story's dateline may lie (time zones, late edits). */
  static final int FILED_AHEAD_DAYS = 2;

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
   * @return the stated date; else, with {@code known}, the latest such date no more than
   *     {@value #FILED_AHEAD_DAYS} days after {@code known}, since a story is filed at or just
   *     before its publication ({@code May 27} published 2023-03-01 is 2022-05-27; {@code Jan
   *     1} published 2024-12-31, a time zone ahead, is 2025-01-01); else null. Null too for
   *     impossible dates ({@code Feb 30}).
   */
  static LocalDate resolve(int month, int day, Integer year, LocalDate known) {
    if (year != null) {
      return date(year, month, day);
    }
    if (known == null) {
      return null;
    }
    LocalDate latest = known.plusDays(FILED_AHEAD_DAYS);
    for (int y = known.getYear() + 1; y >= known.getYear() - 4; y--) {
      LocalDate candidate = date(y, month, day);
      if (candidate != null && !candidate.isAfter(latest)) {
        return candidate;
      }
    }
    return null;
  }

  private static LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
