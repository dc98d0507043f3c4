package org.demarche.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.demarche.time.DateWords;

/**
 * The stretches of text SUTime reads: in each chosen sentence, the tokens around its date words
 * ({@link DateWords}), {@value #BEFORE} tokens before and {@value #AFTER} after, overlapping
 * stretches merged. SUTime's rules try every pattern at every token, so its cost follows the
 * number of tokens it reads; a time expression holds a date word ({@code the last three years},
 * {@code early next week}, {@code 12 March 2024}) and its modifiers sit within a few tokens of
 * it. Measured on the seed, dev and sample articles: the same time expressions as whole
 * sentences, at about a third of SUTime's cost. Pure and thread-safe.
 */
final class TimeWindows {

  /** Tokens read before a date word: {@code for the first time in more than 30 years}. */
  static final int BEFORE = 8;
  /** Tokens read after a date word: {@code March 12 , 2024 , at 10 a.m.}. */
  static final int AFTER = 6;

  private TimeWindows() {}

  /**
   * The windows of the chosen sentences, as the sentences of one CoreNLP document, in text order.
   * Their tokens are copies with the article's character offsets; token indices count from the
   * window (CoreNLP's {@code IndexAnnotation}) and from the document of windows
   * ({@code TokenBeginAnnotation}), as SUTime reads them to map what it finds back to tokens.
   *
   * @param sentences the document's sentences
   * @param chosen indices of the sentences to read
   * @param text the article text
   */
  static List<CoreMap> of(List<CoreMap> sentences, BitSet chosen, String text) {
    List<CoreMap> out = new ArrayList<>();
    int[] count = {0};
    for (int i = chosen.nextSetBit(0); i >= 0 && i < sentences.size(); i = chosen.nextSetBit(i + 1)) {
      List<CoreLabel> tokens = sentences.get(i).get(CoreAnnotations.TokensAnnotation.class);
      int from = -1;
      int to = -1;
      for (int j = 0; j < tokens.size(); j++) {
        if (!DateWords.isDateWord(tokens.get(j).word())) {
          continue;
        }
        int start = Math.max(0, j - BEFORE);
        int end = Math.min(tokens.size(), j + AFTER + 1);
        if (from >= 0 && start > to) {
          out.add(window(tokens, from, to, i, text, count));
          from = -1;
        }
        if (from < 0) {
          from = start;
        }
        to = end;
      }
      if (from >= 0) {
        out.add(window(tokens, from, to, i, text, count));
      }
    }
    return out;
  }

  private static CoreMap window(List<CoreLabel> tokens, int from, int to, int sentence, String text,
      int[] count) {
    int first = count[0];
    List<CoreLabel> part = new ArrayList<>(to - from);
    for (CoreLabel t : tokens.subList(from, to)) {
      CoreLabel copy = new CoreLabel(t);
      copy.setIndex(part.size() + 1);
      copy.set(CoreAnnotations.TokenBeginAnnotation.class, count[0]);
      copy.set(CoreAnnotations.TokenEndAnnotation.class, count[0] + 1);
      count[0]++;
      part.add(copy);
    }
    int begin = part.get(0).beginPosition();
    int end = part.get(part.size() - 1).endPosition();
    CoreMap w = new ArrayCoreMap();
    w.set(CoreAnnotations.TokensAnnotation.class, part);
    w.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    w.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    w.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    w.set(CoreAnnotations.SentenceIndexAnnotation.class, sentence);
    w.set(CoreAnnotations.TokenBeginAnnotation.class, first);
    w.set(CoreAnnotations.TokenEndAnnotation.class, count[0]);
    return w;
  }
}
