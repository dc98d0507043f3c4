package org.demarche.nlp;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Ready-made sentence selections for {@link ParseMode#CANDIDATES}. Pure and thread-safe.
 */
public final class CandidateSentences {

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final String QUOTE_MARKS = "\"“”«»„";

  private CandidateSentences() {}

  /**
   * Sentences that hold a quotation mark or one of {@code words} (whole words, any case), such as
   * the word forms of the event lexicon's verbs: {@code met}, {@code signed}, {@code condemned}.
   *
   * @param words word forms, never null; an empty collection selects only quoting sentences
   */
  public static Predicate<String> quoteOrWord(Collection<String> words) {
    Set<String> forms = words.stream().map(w -> w.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
    return sentence -> {
      for (int i = 0; i < sentence.length(); i++) {
        if (QUOTE_MARKS.indexOf(sentence.charAt(i)) >= 0) {
          return true;
        }
      }
      Matcher m = WORD.matcher(sentence);
      while (m.find()) {
        if (forms.contains(m.group().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    };
  }
}
