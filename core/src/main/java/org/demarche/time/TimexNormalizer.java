package org.demarche.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Post-processes SUTime's values for news, where the publication date is the reference and
 * articles mostly report the past.
 *
 * <ul>
 *   <li>A month and day without a year is read in the publication year, and moved back a year
 *       when that lands more than {@code graceDays} after the publication date: in an article of
 *       2025-10-07, {@code Feb 28} is 2025-02-28 and {@code Nov 20} is 2024-11-20. A future cue
 *       near it ({@code will be held on Nov 20}) keeps the coming date instead, and moves a date
 *       already past forward a year. A month alone ({@code in June}) is read the same way.
 *   <li>A weekday ({@code on Tuesday}) is the latest such day on or before the publication date,
 *       or the first on or after it when a future cue is nearest ({@code will meet on Thursday}).
 *   <li>{@code PRESENT_REF} ({@code now}, {@code currently}) becomes the publication date;
 *       {@code PAST_REF} and {@code FUTURE_REF} ({@code recently}, {@code future}) are no date
 *       and get no value.
 *   <li>Without a publication date, absolute values (with the year written) are kept and
 *       relative ones ({@code XXXX-02-28}, {@code XXXX-WXX-2}) get no value.
 * </ul>
 *
 * <p>Values are ISO 8601 / TIMEX3: {@code 2023-02-28}, {@code 2009-10}, {@code 2022},
 * {@code 2022-W01}, {@code P30Y}, {@code 2023-07-07T17:43}. A day range ({@code Oct. 12-13}) has
 * its first day as value. Immutable, pure and thread-safe.
 */
public final class TimexNormalizer {

  /** Days after the publication date within which a month-day stays in the publication year. */
  public static final int DEFAULT_GRACE_DAYS = 3;

  private static final Set<String> TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

  /** Words that make SUTime's own relative reading right: {@code last June}, {@code next Friday}. */
  private static final Pattern MODIFIER = Pattern.compile(
      "(?i)\\b(?:next|last|this|previous|coming|following|past|ago|before|after|earlier|later"
          + "|since|same)\\b");

  private static final Pattern YEAR_WRITTEN = Pattern.compile("(?:\\b\\d{4}\\b|['’]\\d{2}\\b)");

  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b(" + MonthNames.PATTERN + ")\\.?[ \\u00A0]+(\\d{1,2})(?:st|nd|rd|th)?\\b"
          + "|\\b(\\d{1,2})(?:st|nd|rd|th)?[ \\u00A0]+(?:of[ \\u00A0]+)?(" + MonthNames.PATTERN + ")\\b");

  private static final Pattern MONTH = Pattern.compile("\\b(" + MonthNames.PATTERN + ")\\b");

  private static final Pattern WEEKDAY = Pattern.compile(
      "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b");

  private static final Pattern DAY_VALUE =
      Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})-(\\d{2})(.*)$");
  private static final Pattern WEEKDAY_VALUE =
      Pattern.compile("^(?:\\d{4}-\\d{2}-\\d{2}|XXXX-WXX-\\d)(.*)$");
  private static final Pattern MONTH_VALUE = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})$");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private final int graceDays;

  /** A normalizer with {@link #DEFAULT_GRACE_DAYS}. */
  public TimexNormalizer() {
    this(DEFAULT_GRACE_DAYS);
  }

  /**
   * A normalizer that keeps a month-day up to {@code graceDays} after the publication date in the
   * publication year.
   *
   * @param graceDays from 0 to 31
   */
  public TimexNormalizer(int graceDays) {
    if (graceDays < 0 || graceDays > 31) {
      throw new IllegalArgumentException("grace days must be within 0..31: " + graceDays);
    }
    this.graceDays = graceDays;
  }

  /**
   * Whether SUTime's find is a time expression at all. Not one: a bare number that is no
   * plausible year ({@code 13} of {@code October 12 to 13}), SUTime's pieces of a range it could
   * not read ({@code ******12/******13}), or an unknown type.
   *
   * @param text the expression as written, never null
   * @param value SUTime's value, or null
   * @param type the TIMEX3 type
   */
  public boolean isTimeExpression(String text, String value, String type) {
    Objects.requireNonNull(text, "text");
    if (type == null || !TYPES.contains(type)) {
      return false;
    }
    if (value != null && value.contains("*")) {
      return false;
    }
    String t = text.strip();
    if (DIGITS.matcher(t).matches()) {
      return t.length() == 4 && Integer.parseInt(t) >= 1000 && Integer.parseInt(t) < 2200;
    }
    return true;
  }

  /**
   * The normalized value of a time expression. Finds the expression in {@code sentence} by its
   * text; use {@link #normalize(String, String, String, LocalDate, String, int)} when the position
   * is known.
   */
  public String normalize(String text, String value, String type, LocalDate reference,
      String sentence) {
    int at = sentence == null ? -1 : sentence.indexOf(text);
    return normalize(text, value, type, reference, sentence, at);
  }

  /**
   * The normalized value of a time expression.
   *
   * @param text the expression as written, never null
   * @param value SUTime's value, or null when SUTime gave none
   * @param type the TIMEX3 type (DATE, TIME, DURATION, SET)
   * @param reference the publication date, or null when unknown
   * @param sentence the sentence holding the expression, or null (then no tense cues are used)
   * @param start where the expression starts in {@code sentence}, or -1 when unknown
   * @return the value, or null when it cannot be determined or is no date
   */
  public String normalize(String text, String value, String type, LocalDate reference,
      String sentence, int start) {
    Objects.requireNonNull(text, "text");
    if (value == null || value.isEmpty() || value.contains("*")) {
      return null;
    }
    switch (value) {
      case "PRESENT_REF":
        return reference == null ? null : reference.toString();
      case "PAST_REF":
      case "FUTURE_REF":
        return null;
      default:
        break;
    }
    String v = value;
    if (reference != null && ("DATE".equals(type) || "TIME".equals(type))
        && !MODIFIER.matcher(text).find() && !YEAR_WRITTEN.matcher(text).find()) {
      Reading reading = reading(text, sentence, start);
      String resolved = resolveMonthDay(text, v, reference, reading);
      if (resolved == null) {
        resolved = resolveMonth(text, v, reference, reading);
      }
      if (resolved == null) {
        resolved = resolveWeekday(text, v, reference, reading);
      }
      if (resolved != null) {
        v = resolved;
      }
    }
    // an unknown year ("XXXX-02-28") or a time of day without a day ("T00:00") is no date
    if (("DATE".equals(type) || "TIME".equals(type)) && (v.startsWith("XXXX") || v.startsWith("T"))) {
      return null;
    }
    return v;
  }

  /**
   * The value of a day range: its first day, with the year resolved as for a month-day.
   *
   * @param range the range found by {@link DateRangeFinder}
   * @param reference the publication date, or null
   * @param sentence the sentence holding the range, or null
   * @param start where the range starts in {@code sentence}, or -1
   * @return an ISO date, or null when the year is neither written nor inferable
   */
  public String normalizeRange(DateRange range, LocalDate reference, String sentence, int start) {
    Objects.requireNonNull(range, "range");
    if (range.year() != null) {
      // the year written after "Dec. 30-Jan. 2, 2023" is the year of the last day
      int year = range.year();
      if (range.first().getMonth().compareTo(range.last().getMonth()) > 0) {
        year--;
      }
      return range.first().atYear(year).toString();
    }
    if (reference == null) {
      return null;
    }
    Reading reading = reading(range.text(), sentence, start);
    return resolveDay(range.first(), reference, reading).toString();
  }

  private static Reading reading(String text, String sentence, int start) {
    if (sentence == null || start < 0 || start + text.length() > sentence.length()) {
      return Reading.NONE;
    }
    return TenseCues.readingAt(sentence, start, start + text.length());
  }

  private String resolveMonthDay(String text, String value, LocalDate ref, Reading reading) {
    Matcher t = MONTH_DAY.matcher(text);
    Matcher v = DAY_VALUE.matcher(value);
    if (!t.find() || !v.matches()) {
      return null;
    }
    String monthName = t.group(1) != null ? t.group(1) : t.group(4);
    String dayText = t.group(1) != null ? t.group(2) : t.group(3);
    MonthDay md;
    try {
      md = MonthDay.of(MonthNames.monthOf(monthName), Integer.parseInt(dayText));
    } catch (DateTimeException e) {
      return null;
    }
    if (md.getMonthValue() != Integer.parseInt(v.group(2))
        || md.getDayOfMonth() != Integer.parseInt(v.group(3))) {
      return null; // SUTime read something else than the words say: leave it
    }
    return resolveDay(md, ref, reading) + v.group(4);
  }

  private LocalDate resolveDay(MonthDay md, LocalDate ref, Reading reading) {
    LocalDate base = md.atYear(ref.getYear());
    if (reading == Reading.FUTURE) {
      return base.isBefore(ref.minusDays(graceDays)) ? md.atYear(ref.getYear() + 1) : base;
    }
    return base.isAfter(ref.plusDays(graceDays)) ? md.atYear(ref.getYear() - 1) : base;
  }

  private String resolveMonth(String text, String value, LocalDate ref, Reading reading) {
    Matcher t = MONTH.matcher(text);
    Matcher v = MONTH_VALUE.matcher(value);
    if (!t.find() || !v.matches() || MonthNames.monthOf(t.group(1)) != Integer.parseInt(v.group(2))) {
      return null;
    }
    YearMonth base = YearMonth.of(ref.getYear(), MonthNames.monthOf(t.group(1)));
    if (reading == Reading.FUTURE) {
      return (base.atEndOfMonth().isBefore(ref.minusDays(graceDays)) ? base.plusYears(1) : base)
          .toString();
    }
    return (base.atDay(1).isAfter(ref.plusDays(graceDays)) ? base.minusYears(1) : base).toString();
  }

  private static String resolveWeekday(String text, String value, LocalDate ref, Reading reading) {
    Matcher t = WEEKDAY.matcher(text);
    Matcher v = WEEKDAY_VALUE.matcher(value);
    if (!t.find() || !v.matches()) {
      return null;
    }
    DayOfWeek day = DayOfWeek.valueOf(t.group(1).toUpperCase(Locale.ROOT));
    LocalDate date = reading == Reading.FUTURE
        ? ref.with(TemporalAdjusters.nextOrSame(day))
        : ref.with(TemporalAdjusters.previousOrSame(day));
    return date + v.group(1);
  }
}
