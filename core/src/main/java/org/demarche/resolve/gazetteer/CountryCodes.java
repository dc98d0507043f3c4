package org.demarche.resolve.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ISO 3166-1 codes as the JDK knows them, plus Kosovo ({@code XKX}/{@code XK}), and the
 * country names in other languages from the JDK's CLDR locale data.
 *
 * <p>Thread-safe: the code table is built once in a static initializer.
 */
final class CountryCodes {

  /** The languages whose CLDR country names are added as aliases, in this order. */
  static final List<Locale> NAME_LANGUAGES =
      List.of(Locale.forLanguageTag("ru"), Locale.forLanguageTag("tr"), Locale.forLanguageTag("kk"));

  static final String KOSOVO = "XKX";

  private static final Map<String, String> ISO3_TO_ISO2 = buildTable();

  private CountryCodes() {}

  /** Whether {@code iso3} is an ISO 3166-1 alpha-3 code known to the JDK, or {@code XKX}. */
  static boolean isValid(String iso3) {
    return iso3 != null && ISO3_TO_ISO2.containsKey(iso3);
  }

  /**
   * The names of the country in Russian, Turkish and Kazakh as CLDR gives them, without
   * duplicates; names equal to the code itself (no translation) are left out.
   */
  static List<String> cldrNames(String iso3) {
    String iso2 = ISO3_TO_ISO2.get(iso3);
    if (iso2 == null) {
      throw new IllegalArgumentException("unknown ISO alpha-3 code: " + iso3);
    }
    Locale region = new Locale("", iso2);
    List<String> names = new ArrayList<>(NAME_LANGUAGES.size());
    for (Locale language : NAME_LANGUAGES) {
      String name = region.getDisplayCountry(language);
      if (!name.isBlank() && !name.equals(iso2) && !names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  /** The English name CLDR gives for a valid code ({@code Kazakhstan}). */
  static String englishName(String iso3) {
    String iso2 = ISO3_TO_ISO2.get(iso3);
    if (iso2 == null) {
      throw new IllegalArgumentException("unknown ISO alpha-3 code: " + iso3);
    }
    return new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
  }

  private static Map<String, String> buildTable() {
    Map<String, String> table = new HashMap<>();
    for (String iso2 : Locale.getISOCountries()) {
      table.put(new Locale("", iso2).getISO3Country(), iso2);
    }
    table.put(KOSOVO, "XK");
    return Map.copyOf(table);
  }
}
