package org.demarche.quote;

import java.util.Locale;
import java.util.Set;
import org.demarche.model.Token;

/** Reporting verbs: the words that introduce or close reported speech. */
final class Cues {

  /** Lemmas of verbs that report speech or writing: {@code X said}, {@code said X}, {@code X told reporters}. */
  private static final Set<String> SPEECH = Set.of("say", "state", "add", "note", "stress",
      "emphasize", "emphasise", "underline", "underscore", "tell", "write", "declare", "announce",
      "assert", "remark", "explain", "insist", "warn", "urge", "conclude", "observe", "argue",
      "claim", "comment", "recall", "point", "reply", "respond", "answer", "reiterate",
      "highlight", "affirm", "confirm", "tweet", "post", "acknowledge", "admit", "caution",
      "suggest", "describe", "call", "express", "voice", "vow", "pledge", "promise", "deny",
      "report", "believe", "hope", "complain", "ask", "demand", "predict", "mention", "quote",
      "reaffirm", "assure", "maintain", "contend", "allege", "estimate", "speak", "continue",
      "propose");

  /**
   * Verbs that report speech only after the quote: {@code "...," he continued} but not
   * {@code Russia continued "operations"}.
   */
  private static final Set<String> TRAILING_ONLY = Set.of("continue", "conclude", "speak");

  /** Surface forms for texts without lemmas, and for unmarked speech. */
  private static final Set<String> FORMS = Set.of("said", "says", "say", "stated", "states",
      "added", "adds", "noted", "notes", "stressed", "stresses", "emphasized", "emphasised",
      "underlined", "underscored", "told", "tells", "wrote", "writes", "declared", "announced",
      "asserted", "remarked", "explained", "insisted", "warned", "urged", "continued",
      "concluded", "observed", "argued", "claimed", "commented", "recalled", "pointed",
      "replied", "responded", "answered", "reiterated", "highlighted", "affirmed", "confirmed",
      "tweeted", "posted", "acknowledged", "admitted", "cautioned", "suggested", "described",
      "called", "expressed", "voiced", "vowed", "pledged", "promised", "denied", "saying",
      "stating", "adding", "noting", "stressing", "emphasizing", "underlining", "telling",
      "writing", "warning", "urging", "insisting", "explaining", "calling", "describing",
      "expressing", "reported", "reports", "believes", "hoped", "complained", "asked", "demanded",
      "mentioned", "reaffirmed", "assured", "maintained");

  private Cues() {}

  /** Whether {@code t} is a reporting verb; {@code trailing} when it stands after the quote. */
  static boolean isCue(Token t, boolean trailing) {
    String lemma = t.lemma() == null ? null : t.lemma().toLowerCase(Locale.ROOT);
    if (t.pos() != null && !t.isPos("VB")) {
      return false;
    }
    if (lemma == null) {
      return FORMS.contains(t.text().toLowerCase(Locale.ROOT));
    }
    return SPEECH.contains(lemma) && (trailing || !TRAILING_ONLY.contains(lemma));
  }
}
