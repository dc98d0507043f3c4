package org.demarche.ingest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demarche.model.Dateline;
import org.demarche.model.Span;

/**
 * Finds the dateline at the start of an article body.
 *
 * <p>Forms read, at the start of one of the first {@value #MAX_LINES} non-blank lines (a short
 * headline block may come first):
 * <ul>
 *   <li>{@code SAMARKAND, Uzbekistan --} (place, country);
 *   <li>{@code BAKU, Azerbaijan, Feb. 26} and {@code BISHKEK, Kyrgyzstan, January 10.}
 *       (place, country, date);
 *   <li>{@code Astana, Feb 28 (EFE).-}, {@code MOSCOW, Nov 3 (Reuters) -} (place, date, outlet);
 *   <li>{@code TASHKENT, May 27. /TASS/.} (outlet between slashes);
 *   <li>{@code ANKARA (AA) -}, {@code Moscow (AsiaNews) -} (place, outlet);
 *   <li>{@code TURKMENBASHI. KAZINFORM} (place, then a known agency in capitals);
 *   <li>{@code ASTANA, Feb. 28, 2023 --}, {@code ASTANA, 28 February 2023 --} (a stated year);
 *   <li>{@code BEIJING --} (place in capitals, then a dash);
 *   <li>{@code (MENAFN- AzerNews)} (outlet only).
 * </ul>
 * A place in capitals needs a country, date, outlet or dash after it; a place in title case
 * needs a date or an outlet, so that an opening sentence ({@code Russia, Uzbekistan sign 27
 * documents}) is not taken for a dateline.
 *
 * <p>The place is returned in title case as written ({@code SAMARKAND} becomes
 * {@code Samarkand}); the country is the alpha-3 code {@code placeToCountry} gives for the
 * country named, else for the place; the outlet has its display name ({@code AA} is
 * {@code Anadolu Agency}). The date is set when the dateline gives day and month and the year
 * is known: stated in the dateline, or inferred from {@code known} (see
 * {@link DatelineDates#resolve}). Thread-safe when {@code placeToCountry} is.
 */
public final class DatelineParser {

  static final int MAX_LINES = 4;
  private static final int MAX_CHARS = 2000;
  private static final String END = "(?![\\p{L}\\p{N}])";

  private static final Pattern MENAFN =
      Pattern.compile("\\(MENAFN\\s*[-–]\\s*([^()\\n]{1,40}?)\\s*\\)");
  private static final Pattern CAPS_PLACE = Pattern.compile(
      "(?:ST\\. )?\\p{Lu}[\\p{Lu}'’\\-]*\\p{Lu}(?: \\p{Lu}[\\p{Lu}'’\\-]*\\p{Lu}){0,3}" + END);
  private static final Pattern TITLE_PLACE = Pattern.compile(
      "(?:St\\. )?\\p{Lu}\\p{Ll}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)*"
          + "(?: \\p{Lu}\\p{Ll}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)*){0,2}" + END);
  private static final Pattern COUNTRY = Pattern.compile(
      ", (\\p{Lu}[\\p{L}'’\\-]*(?: \\p{Lu}[\\p{L}'’\\-]*){0,2})" + END);
  private static final Pattern DATE = Pattern.compile(
      ",? (?:(" + DatelineDates.MONTH + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?"
          + "|(\\d{1,2}) (" + DatelineDates.MONTH + ")\\.?(?:,? (\\d{4}))?)" + END,
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PAREN_OUTLET =
      Pattern.compile(" ?\\((\\p{L}[\\p{L}\\p{N} .&'’\\-]{0,38}?)\\)");
  private static final Pattern SLASH_OUTLET =
      Pattern.compile("\\.? ?/(\\p{L}[\\p{L}\\p{N} .\\-]{0,24}?)/");
  private static final Pattern CAPS_AGENCY = Pattern.compile("\\. (\\p{Lu}{3,12})" + END);
  private static final Pattern SEPARATOR =
      Pattern.compile("(?:\\.-|\\.--| ?--?| ?[–—]|\\.)(?=\\s|$)");

  /** Words in capitals that open lines without being places ({@code FILE PHOTO:}). */
  private static final Set<String> NOT_PLACES = Set.of("FILE", "PHOTO", "UPDATE", "UPDATED",
      "EXCLUSIVE", "BREAKING", "WATCH", "VIDEO", "ANALYSIS", "OPINION", "EDITORIAL", "COMMENT",
      "INTERVIEW", "LIVE", "NEWS", "FACTBOX", "EXPLAINER", "FEATURE", "CORRECTED", "REFILE");

  private final Function<String, String> placeToCountry;

  /** A parser using the built-in {@link KnownPlaces} table. */
  public DatelineParser() {
    this(KnownPlaces.defaults());
  }

  /**
   * A parser using {@code placeToCountry} to find the country of a place or country name.
   *
   * @param placeToCountry returns the ISO alpha-3 code for a name, or null when unknown
   */
  public DatelineParser(Function<String, String> placeToCountry) {
    this.placeToCountry = Objects.requireNonNull(placeToCountry, "placeToCountry");
  }

  /**
   * The dateline at the start of {@code text}, or null when there is none.
   *
   * @param text the stored article text; the returned span points into it
   * @param known the publication date when known, used for the year of a day and month; null
   *     when unknown, and then only a dateline that states its year has a date
   */
  public Dateline parse(String text, LocalDate known) {
    Objects.requireNonNull(text, "text");
    int lines = 0;
    int pos = 0;
    while (pos < text.length() && pos < MAX_CHARS && lines < MAX_LINES) {
      int eol = text.indexOf('\n', pos);
      int end = eol < 0 ? text.length() : eol;
      int start = pos;
      while (start < end && (text.charAt(start) == ' ' || text.charAt(start) == '\t'
          || text.charAt(start) == '\r' || text.charAt(start) == '\u00A0')) {
        start++;
      }
      if (start < end) {
        lines++;
        Dateline dateline = parseLine(text, start, end, known);
        if (dateline != null) {
          return dateline;
        }
      }
      pos = end + 1;
    }
    return null;
  }

  private Dateline parseLine(String text, int start, int end, LocalDate known) {
    Matcher menafn = region(MENAFN, text, start, end);
    if (menafn.lookingAt()) {
      return new Dateline(text.substring(start, menafn.end()), new Span(start, menafn.end()),
          null, null, Outlets.name(menafn.group(1)), null);
    }
    Matcher place = region(CAPS_PLACE, text, start, end);
    boolean capitals = place.lookingAt();
    if (capitals && NOT_PLACES.contains(place.group().split(" ")[0])) {
      return null;
    }
    if (!capitals) {
      place = region(TITLE_PLACE, text, start, end);
      if (!place.lookingAt()) {
        return null;
      }
    }
    DatelineParts parts = new DatelineParts(text, end, place.end());
    parts.readCountry();
    parts.readDate(known);
    parts.readOutlet();
    parts.readSeparator();
    if (!accepts(capitals, parts, place.group())) {
      return null;
    }
    String placeName = titleCase(place.group());
    String country = parts.country == null ? null : placeToCountry.apply(parts.country);
    if (country == null) {
      country = placeToCountry.apply(placeName);
    }
    return new Dateline(text.substring(start, parts.pos), new Span(start, parts.pos), placeName,
        country, parts.outlet, parts.date);
  }

  private boolean accepts(boolean capitals, DatelineParts parts, String place) {
    if (parts.hasDate || parts.outlet != null) {
      return true;
    }
    if (capitals) {
      return parts.country != null || parts.dash
          || (parts.separator && placeToCountry.apply(titleCase(place)) != null);
    }
    return parts.country != null && parts.separator
        && placeToCountry.apply(parts.country) != null;
  }

  /** The pieces after the place, read left to right; {@code pos} is the end of the last one. */
  private final class DatelineParts {
    private final String text;
    private final int end;
    private int pos;
    private String country;
    private boolean hasDate;
    private LocalDate date;
    private String outlet;
    private boolean separator;
    private boolean dash;

    DatelineParts(String text, int end, int pos) {
      this.text = text;
      this.end = end;
      this.pos = pos;
    }

    void readCountry() {
      Matcher m = region(COUNTRY, text, pos, end);
      if (m.lookingAt() && !DatelineDates.isMonth(m.group(1).split(" ")[0])) {
        country = m.group(1);
        pos = m.end();
      }
    }

    void readDate(LocalDate known) {
      Matcher m = region(DATE, text, pos, end);
      if (!m.lookingAt()) {
        return;
      }
      boolean monthFirst = m.group(1) != null;
      int month = DatelineDates.month(monthFirst ? m.group(1) : m.group(5));
      int day = Integer.parseInt(monthFirst ? m.group(2) : m.group(4));
      String year = monthFirst ? m.group(3) : m.group(6);
      if (day < 1 || day > 31) {
        return;
      }
      hasDate = true;
      date = DatelineDates.resolve(month, day, year == null ? null : Integer.valueOf(year), known);
      pos = m.end();
    }

    void readOutlet() {
      Matcher paren = region(PAREN_OUTLET, text, pos, end);
      if (paren.lookingAt()) {
        String inside = paren.group(1).strip();
        // "Astana (Kazakhstan) -" names a country, not an outlet
        if (country == null && placeToCountry.apply(inside) != null
            && !Outlets.isKnownCapitalized(inside)) {
          country = inside;
        } else {
          outlet = Outlets.name(inside);
        }
        pos = paren.end();
        return;
      }
      Matcher slash = region(SLASH_OUTLET, text, pos, end);
      if (slash.lookingAt()) {
        outlet = Outlets.name(slash.group(1));
        pos = slash.end();
        return;
      }
      Matcher agency = region(CAPS_AGENCY, text, pos, end);
      if (agency.lookingAt() && Outlets.isKnownCapitalized(agency.group(1))) {
        outlet = Outlets.name(agency.group(1));
        pos = agency.end();
      }
    }

    void readSeparator() {
      Matcher m = region(SEPARATOR, text, pos, end);
      if (m.lookingAt()) {
        separator = true;
        dash = !m.group().equals(".");
        pos = m.end();
      }
    }
  }

  private static Matcher region(Pattern pattern, String text, int start, int end) {
    return pattern.matcher(text).region(start, end);
  }

  /** {@code SAMARKAND} as {@code Samarkand}, {@code NUR-SULTAN} as {@code Nur-Sultan}. */
  static String titleCase(String place) {
    if (!place.equals(place.toUpperCase(Locale.ROOT))) {
      return place;
    }
    StringBuilder out = new StringBuilder(place.length());
    boolean startOfWord = true;
    for (int i = 0; i < place.length(); i++) {
      char c = place.charAt(i);
      out.append(startOfWord ? c : Character.toLowerCase(c));
      startOfWord = c == ' ' || c == '-';
    }
    return out.toString();
  }
}
