package org.demarche.time;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demarche.model.Span;

/**
 * Finds day ranges that SUTime splits apart: for {@code Oct. 12-13} it gives {@code Oct.} as a
 * month and {@code 12-13} as no date at all. Each range found is one date expression.
 *
 * <p>A range never crosses a line break. Month names must be capitalized (so {@code may 12-13}
 * is not read as a date). Pure and thread-safe.
 */
public final class DateRangeFinder {

  private static final String SP = "[ \\u00A0]";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String DASH = SP + "*(?:-|–|—)" + SP + "*";
  private static final String SEP = "(?:" + DASH + "|" + SP + "+(?:to|through|until|till)" + SP + "+)";
  private static final String MONTH = "(" + MonthNames.PATTERN + ")\\.?";
  private static final String YEAR = "(?:," + SP + "*|" + SP + "+)(\\d{4})\\b";

  /** {@code Oct. 12-13}, {@code October 12 to 13}, {@code Sept. 30-Oct. 2}, year optional. */
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "\\b" + MONTH + SP + "+" + DAY + SEP + "(?:" + MONTH + SP + "+)?" + DAY + "\\b(?:" + YEAR + ")?");

  /** {@code 12-13 October}, {@code 30 September - 2 October 2022}. */
  private static final Pattern DAY_FIRST = Pattern.compile(
      "\\b" + DAY + "(?:" + SP + "+" + MONTH + ")?" + SEP + DAY + SP + "+(?:of" + SP + "+)?"
          + MONTH + "(?:" + YEAR + ")?");

  /**
   * The ranges in {@code text}, in order of position, not overlapping.
   *
   * @param text any text, never null
   */
  public List<DateRange> find(String text) {
    List<DateRange> found = new ArrayList<>();
    Matcher m = MONTH_FIRST.matcher(text);
    while (m.find()) {
      String lastMonth = m.group(3) != null ? m.group(3) : m.group(1);
      add(found, text, m, m.group(1), m.group(2), lastMonth, m.group(4), m.group(5));
    }
    m = DAY_FIRST.matcher(text);
    while (m.find()) {
      String firstMonth = m.group(2) != null ? m.group(2) : m.group(4);
      add(found, text, m, firstMonth, m.group(1), m.group(4), m.group(3), m.group(5));
    }
    found.sort(Comparator.comparingInt(r -> r.span().start()));
    List<DateRange> out = new ArrayList<>();
    for (DateRange r : found) {
      if (out.isEmpty() || !out.get(out.size() - 1).span().overlaps(r.span())) {
        out.add(r);
      }
    }
    return out;
  }

  private static void add(List<DateRange> found, String text, Matcher m, String firstMonth,
      String firstDay, String lastMonth, String lastDay, String year) {
    MonthDay first;
    MonthDay last;
    try {
      first = MonthDay.of(MonthNames.monthOf(firstMonth), Integer.parseInt(firstDay));
      last = MonthDay.of(MonthNames.monthOf(lastMonth), Integer.parseInt(lastDay));
    } catch (DateTimeException e) {
      return; // "Feb 30-31" is no date
    }
    boolean sameMonth = first.getMonth() == last.getMonth();
    if (sameMonth && !first.isBefore(last)) {
      return; // "Oct. 13-12" or "May 5-5" is no range
    }
    Span span = new Span(m.start(), m.end());
    found.add(new DateRange(span, span.slice(text), first, last,
        year == null ? null : Integer.valueOf(year)));
  }
}
