package org.demarche.time;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a word can start or carry a time expression that SUTime would find: month and weekday
 * names, time units ({@code years}, {@code decade}), deictic words ({@code yesterday},
 * {@code now}, {@code ago}), parts of the day, seasons, holidays, frequencies ({@code annually}),
 * year-like numbers ({@code 1988}, {@code 1990s}, {@code '90s}) and clock or numeric dates
 * ({@code 10:30}, {@code 12/05/2023}, {@code 5pm}), alone or in a compound ({@code two-day},
 * {@code 64-year-old}). A sentence without any such word gives
 * SUTime nothing to read, so it is skipped. The list errs on the side of reading a sentence:
 * {@code march}, {@code second} and {@code present} count in any sense. Pure and thread-safe.
 */
public final class DateWords {

  /** Lower-case words, without a trailing period ({@code Sept.} is {@code sept}). */
  private static final Set<String> WORDS = Set.of(
      // months and their abbreviations
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "januarys", "marches", "mays", "junes", "julys", "augusts",
      // weekdays and their abbreviations
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "weekday",
      "weekdays", "weekend", "weekends",
      // units
      "year", "years", "yr", "yrs", "month", "months", "week", "weeks", "wk", "wks",
      "day", "days", "daytime", "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins",
      "second", "seconds", "sec", "secs", "millisecond", "milliseconds", "fortnight",
      "fortnights", "quarter", "quarters", "decade", "decades", "century", "centuries",
      "millennium", "millennia", "millenium", "millenia",
      // deixis and reference
      "today", "tonight", "yesterday", "tomorrow", "now", "current", "currently", "recently",
      "lately", "nowadays", "presently", "present", "past", "future", "ago", "hence",
      "once", "twice", "formerly", "previously", "soon", "earlier", "later", "medieval",
      "yesteryear", "overnight", "anniversary", "birthday",
      // parts of the day
      "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights",
      "nighttime", "noon", "noons", "midnight", "midday", "dawn", "dusk", "daybreak", "sunrise",
      "sunset", "sunup", "sundown", "twilight", "teatime", "lunchtime", "dinnertime",
      "suppertime", "daylight", "am", "pm", "a.m", "p.m", "gmt", "utc",
      // seasons
      "spring", "summer", "autumn", "fall", "winter", "springs", "summers", "autumns", "falls",
      "winters", "season", "seasons",
      // frequencies
      "daily", "weekly", "monthly", "yearly", "annually", "annual", "quarterly", "hourly",
      "nightly", "biweekly", "bimonthly", "biannual", "biannually", "semiannual", "semiannually",
      // decades in words
      "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
      "nineties", "oughts", "noughts",
      // holidays (SUTime's english.holidays list and its Jollyday calendar)
      "christmas", "xmas", "easter", "thanksgiving", "halloween", "valentine", "valentines",
      "hanukkah", "chanukah", "kwanzaa", "passover", "ramadan", "eid", "diwali", "nowruz",
      "navruz", "mayo", "holiday", "holidays", "inauguration", "lent", "advent", "pentecost",
      "solstice", "equinox");

  private static final Pattern NUMBER_LIKE = Pattern.compile(
      "['’]?\\d\\d(?:\\d\\d)?s"                 // 1990s, '90s, 90s
          + "|['’]\\d\\d"                        // '98
          + "|[012]\\d\\d\\d"                    // 1988, 2024
          + "|\\d{1,2}(?:[:.]\\d\\d)+(?:[ap]\\.?m\\.?)?" // 10:30, 10.30pm
          + "|\\d{1,2}[ap]\\.?m\\.?"            // 5pm, 5a.m.
          + "|\\d{1,4}[/-]\\d{1,2}(?:[/-]\\d{1,4})?" // 12/05/2023, 2023-10-12, 10/12
          + "|\\d{1,2}(?:st|nd|rd|th)"           // 12th
          + "|[012]\\d\\d\\d[-/]?\\S*");         // 2023-10, 2024/25

  private DateWords() {}

  /**
   * Whether {@code word} (one token, as written) may be part of a time expression.
   *
   * @param word never null
   */
  public static boolean isDateWord(String word) {
    if (word.isEmpty()) {
      return false;
    }
    int dash = word.indexOf('-', 1);
    if (dash > 0 && dash < word.length() - 1 && !NUMBER_LIKE.matcher(word).matches()) {
      // a compound: two-day, 64-year-old, mid-2024
      for (String part : word.split("-")) {
        if (isDateWord(part)) {
          return true;
        }
      }
      return false;
    }
    char c = word.charAt(0);
    if (Character.isDigit(c) || c == '\'' || c == '’') {
      return NUMBER_LIKE.matcher(word).matches();
    }
    if (!Character.isLetter(c)) {
      return false;
    }
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    return WORDS.contains(w);
  }
}
