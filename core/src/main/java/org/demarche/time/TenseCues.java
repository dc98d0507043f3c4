package org.demarche.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds whether a time expression is told as past or future from the tense cue nearest to it in
 * its sentence.
 *
 * <p>The nearest cue wins because news sentences mix tenses: in {@code The presidents will meet
 * on Thursday, the Kremlin said on Tuesday} Thursday is future and Tuesday past. Works on plain
 * text (no parse), so it is a heuristic: about a dozen words on either side are looked at. Pure and
 * thread-safe.
 */
public final class TenseCues {

  /** Words that put what they govern in the future ({@code will}, {@code next}, {@code ahead of}). */
  private static final Set<String> FUTURE = Set.of(
      "will", "ll", "shall", "would", "next", "upcoming", "coming", "scheduled", "slated",
      "planned", "plans", "plan", "expected", "due", "ahead", "beyond", "until", "till",
      "tomorrow", "going", "intends", "intend");

  /** Past-tense or past-time words; regular past forms in -ed are recognized by their ending. */
  private static final Set<String> PAST = Set.of(
      "said", "told", "was", "were", "had", "did", "been", "ago", "last", "earlier", "yesterday",
      "previous", "previously", "met", "held", "spoke", "began", "took", "gave", "made", "went",
      "came", "saw", "sent", "left", "won", "lost", "struck", "fought", "wrote", "paid", "led",
      "fled", "stood", "brought", "bought", "thought", "felt", "kept", "broke", "became", "chose",
      "drew", "flew", "grew", "knew", "rose", "ran", "sat", "shot", "sought", "spent",
      "threw", "understood", "withdrew", "hit", "cut", "put", "quit", "reportedly");

  /** Words ending in -ed that are not past forms. */
  private static final Set<String> NOT_PAST = Set.of(
      "need", "speed", "indeed", "proceed", "exceed", "succeed", "hundred", "seed", "feed",
      "breed", "greed", "bleed", "red", "bed", "shed", "wed", "embed");

  private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:['’][\\p{L}]+)?");

  private static final String CLAUSE_BREAK = ",;:–—()\"“”";

  /** How many words on either side of the expression are looked at. */
  private static final int WINDOW = 12;

  private TenseCues() {}

  /**
   * The reading of the expression at {@code [start, end)} of {@code sentence}.
   *
   * @param sentence the sentence text, never null
   * @param start where the expression starts in {@code sentence}
   * @param end where it ends, at least {@code start}
   * @return PAST or FUTURE by the nearest cue (the one before on a tie), NONE when no cue is near
   */
  public static Reading readingAt(String sentence, int start, int end) {
    if (start < 0 || end < start || end > sentence.length()) {
      throw new IllegalArgumentException(
          "expression [" + start + ", " + end + ") outside sentence of length " + sentence.length());
    }
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    List<Integer> beforeAt = new ArrayList<>();
    List<Integer> afterAt = new ArrayList<>();
    Matcher m = WORD.matcher(sentence);
    while (m.find()) {
      if (m.end() <= start) {
        before.add(m.group());
        beforeAt.add(m.end());
      } else if (m.start() >= end) {
        after.add(m.group());
        afterAt.add(m.start());
      }
    }
    int bestDistance = Integer.MAX_VALUE;
    Reading best = Reading.NONE;
    for (int k = 0; k < Math.min(WINDOW, before.size()); k++) {
      int i = before.size() - 1 - k;
      Reading r = cue(before, i);
      if (r != null) {
        bestDistance = k + penalty(sentence, beforeAt.get(i), start);
        best = r;
        break;
      }
    }
    for (int k = 0; k < Math.min(WINDOW, after.size()); k++) {
      Reading r = cue(after, k);
      if (r != null) {
        // on a tie the cue before wins: "will meet on Thursday, the Kremlin said"
        if (k + penalty(sentence, end, afterAt.get(k)) < bestDistance) {
          best = r;
        }
        break;
      }
    }
    return best;
  }

  /** A clause break between two offsets makes a cue across it count as farther away. */
  private static int penalty(String sentence, int from, int to) {
    for (int i = from; i < to; i++) {
      if (CLAUSE_BREAK.indexOf(sentence.charAt(i)) >= 0) {
        return 2;
      }
    }
    return 0;
  }

  /** The cue word {@code i} of {@code words} gives, or null. */
  private static Reading cue(List<String> words, int i) {
    String raw = words.get(i);
    String w = raw.toLowerCase(Locale.ROOT);
    int apostrophe = Math.max(w.indexOf('\''), w.indexOf('’'));
    if (apostrophe >= 0) {
      // "they’ll" is future; "Erdoğan’s" is no cue
      return w.endsWith("ll") ? Reading.FUTURE : null;
    }
    if (FUTURE.contains(w)) {
      return Reading.FUTURE;
    }
    boolean pastForm = PAST.contains(w)
        || (w.endsWith("ed") && w.length() >= 5 && !NOT_PAST.contains(w)
            && Character.isLowerCase(raw.charAt(0)));
    if (!pastForm) {
      return null;
    }
    // "will be held on Tuesday": a participle after a bare "be" belongs to the verb before it
    if (i > 0 && words.get(i - 1).equalsIgnoreCase("be")) {
      return null;
    }
    return Reading.PAST;
  }
}
