package org.demarche.ingest;

import java.util.Locale;
import java.util.Map;

/**
 * Display names of news agencies as datelines abbreviate them ({@code AA} is Anadolu Agency,
 * {@code KAZINFORM} is Kazinform). Names not listed are kept as written. Stateless.
 */
final class Outlets {

  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("AA", "Anadolu Agency"),
      Map.entry("AFP", "AFP"),
      Map.entry("AP", "AP"),
      Map.entry("EFE", "EFE"),
      Map.entry("TASS", "TASS"),
      Map.entry("REUTERS", "Reuters"),
      Map.entry("XINHUA", "Xinhua"),
      Map.entry("KAZINFORM", "Kazinform"),
      Map.entry("AKIPRESS", "AKIpress"),
      Map.entry("KABAR", "Kabar"),
      Map.entry("APA", "APA"),
      Map.entry("AZERTAC", "AZERTAC"),
      Map.entry("TREND", "Trend"),
      Map.entry("AZERNEWS", "AzerNews"),
      Map.entry("IRNA", "IRNA"),
      Map.entry("UZA", "UzA"),
      Map.entry("RIA NOVOSTI", "RIA Novosti"),
      Map.entry("INTERFAX", "Interfax"),
      Map.entry("ARMENPRESS", "Armenpress"));

  private Outlets() {}

  /** The display name of an outlet written {@code written} in a dateline. */
  static String name(String written) {
    String trimmed = written.strip();
    return NAMES.getOrDefault(trimmed.toUpperCase(Locale.ROOT), trimmed);
  }

  /** Whether {@code word}, written in capitals, is a known agency ({@code KAZINFORM}). */
  static boolean isKnownCapitalized(String word) {
    return word.equals(word.toUpperCase(Locale.ROOT))
        && NAMES.containsKey(word) && word.length() > 2;
  }
}
