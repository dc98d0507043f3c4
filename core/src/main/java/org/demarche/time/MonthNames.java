package org.demarche.time;

import java.util.Locale;

/** English month names and abbreviations as news writes them ({@code Sept.}, {@code Oct}). */
final class MonthNames {

  /** A capitalized month name or abbreviation, without the trailing period. */
  static final String PATTERN =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

  private MonthNames() {}

  /** The month number (1-12) of a name matched by {@link #PATTERN}, case-insensitive. */
  static int monthOf(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};
    for (int i = 0; i < prefixes.length; i++) {
      if (n.startsWith(prefixes[i])) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("not a month name: " + name);
  }
}
