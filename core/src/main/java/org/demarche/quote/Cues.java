package org.demarche.quote;

import java.util.Locale;
import java.util.Set;

/** Reporting verbs: the words that introduce or close reported speech. */
final class Cues {

  /** Verbs that report speech in either position: {@code "...," X said} and {@code X said "..."}. */
  static final Set<String> SPEECH = Set.of("said", "says", "say", "stated", "states", "added",
      "adds", "noted", "notes", "stressed", "stresses", "emphasized", "emphasised", "emphasizes",
      "underlined", "underlines", "underscored", "told", "tells", "wrote", "writes", "declared",
      "announced", "asserted", "remarked", "explained", "insisted", "warned", "urged",
      "continued", "concluded", "observed", "argued", "claimed", "commented", "recalled",
      "pointed", "replied", "responded", "answered", "reiterated", "highlighted", "affirmed",
      "confirmed", "tweeted", "posted", "acknowledged", "admitted", "cautioned", "suggested",
      "described", "called", "expressed", "voiced", "vowed", "pledged", "promised", "denied");

  private Cues() {}

  /** Whether {@code word} (any case) is a reporting verb. */
  static boolean isCue(String word) {
    return SPEECH.contains(word.toLowerCase(Locale.ROOT));
  }
}
