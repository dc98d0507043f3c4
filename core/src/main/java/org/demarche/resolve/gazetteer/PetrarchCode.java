package org.demarche.resolve.gazetteer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One CAMEO code of a PETRARCH actor with its date restriction: {@code KAZGOV 991001-020128}.
 *
 * @param code the CAMEO actor code, three-letter chunks ({@code KAZGOV}, {@code USRKAZ},
 *     {@code IGOUNO})
 * @param country the first chunk that is an ISO alpha-3 code, or null
 * @param from first day, or null (no restriction or {@code <d})
 * @param to first day after the period (PETRARCH ends are inclusive), or null
 * @param dated whether the code carried a date restriction
 */
record PetrarchCode(String code, String country, LocalDate from, LocalDate to, boolean dated) {

  /** CAMEO role chunks and how they read in an office. */
  private static final Map<String, String> ROLES = Map.ofEntries(
      Map.entry("GOV", "Government"), Map.entry("ELI", "Elite"), Map.entry("MIL", "Military"),
      Map.entry("OPP", "Opposition"), Map.entry("REB", "Rebels"), Map.entry("LEG", "Legislature"),
      Map.entry("JUD", "Judiciary"), Map.entry("BUS", "Business"), Map.entry("MED", "Media"),
      Map.entry("CVL", "Civilians"), Map.entry("COP", "Police"), Map.entry("SPY", "Intelligence"),
      Map.entry("PTY", "Political party"), Map.entry("IGO", "Intergovernmental organization"),
      Map.entry("NGO", "Non-governmental organization"), Map.entry("NGM", "Non-governmental movement"),
      Map.entry("MNC", "Multinational corporation"), Map.entry("UAF", "Armed faction"),
      Map.entry("HLH", "Health"), Map.entry("EDU", "Education"), Map.entry("LAB", "Labor"),
      Map.entry("AGR", "Agriculture"), Map.entry("REF", "Refugees"), Map.entry("CRM", "Criminals"),
      Map.entry("ENV", "Environment"), Map.entry("RAD", "Radicals"), Map.entry("MOD", "Moderates"),
      Map.entry("HRI", "Human rights"), Map.entry("INS", "Insurgents"),
      Map.entry("SEP", "Separatists"), Map.entry("IMG", "International militant group"),
      Map.entry("REL", "Religious"), Map.entry("DEV", "Development"), Map.entry("UNR", "Unrecognized"));

  /**
   * Reads the text between brackets: a code, then nothing, {@code <d}, {@code >d} or
   * {@code a-b}. Returns null when the code is empty or a date cannot be read.
   */
  static PetrarchCode parse(String inside) {
    String text = inside.strip();
    int space = text.indexOf(' ');
    String code = (space < 0 ? text : text.substring(0, space)).toUpperCase(Locale.ROOT);
    String rest = space < 0 ? "" : text.substring(space + 1).strip();
    if (!code.matches("[A-Z0-9]+")) {
      return null;
    }
    String country = firstCountry(code);
    if (rest.isEmpty()) {
      return new PetrarchCode(code, country, null, null, false);
    }
    if (rest.startsWith("<") || rest.startsWith(">")) {
      LocalDate d = date(rest.substring(1).strip());
      if (d == null) {
        return null;
      }
      return rest.startsWith("<")
          ? new PetrarchCode(code, country, null, d, true)
          : new PetrarchCode(code, country, d, null, true);
    }
    int dash = rest.indexOf('-');
    if (dash < 0) {
      return null;
    }
    LocalDate from = date(rest.substring(0, dash).strip());
    LocalDate last = date(rest.substring(dash + 1).strip());
    if (from == null || last == null || last.isBefore(from)) {
      return null;
    }
    return new PetrarchCode(code, country, from, last.plusDays(1), true);
  }

  /** Whether the code names a country (or former state) itself: {@code KAZ}, {@code USR}. */
  boolean isCountryLevel() {
    return code.length() == 3 && !ROLES.containsKey(code);
  }

  boolean isDated() {
    return dated;
  }

  /**
   * The office this code stands for: {@code Government of Kazakhstan (CAMEO KAZGOV)}, or
   * {@code Intergovernmental organization UNO (CAMEO IGOUNO)} without a country.
   */
  String role() {
    List<String> parts = new ArrayList<>();
    boolean skippedCountry = false;
    for (int i = 0; i + 3 <= code.length(); i += 3) {
      String chunk = code.substring(i, i + 3);
      if (!skippedCountry && chunk.equals(country)) {
        skippedCountry = true;
        continue;
      }
      parts.add(ROLES.getOrDefault(chunk, chunk));
    }
    String label = parts.isEmpty() ? "Actor" : String.join(" / ", parts);
    if (country != null) {
      label += " of " + CountryCodes.englishName(country);
    }
    return label + " (CAMEO " + code + ")";
  }

  private static String firstCountry(String code) {
    for (int i = 0; i + 3 <= code.length(); i += 3) {
      String chunk = code.substring(i, i + 3);
      if (CountryCodes.isValid(chunk)) {
        return chunk;
      }
    }
    return null;
  }

  /** {@code YYMMDD} (years up to 30 are 20xx, as in PETRARCH) or {@code YYYYMMDD}, else null. */
  private static LocalDate date(String s) {
    if (!s.matches("\\d{6}|\\d{8}")) {
      return null;
    }
    try {
      if (s.length() == 8) {
        return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
            Integer.parseInt(s.substring(6, 8)));
      }
      int yy = Integer.parseInt(s.substring(0, 2));
      return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(s.substring(2, 4)),
          Integer.parseInt(s.substring(4, 6)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
