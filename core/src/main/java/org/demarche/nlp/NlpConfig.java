package org.demarche.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the NLP stage computes. Sentences, tokens, part-of-speech tags and lemmas are always
 * there; named entities, time expressions and dependency parses cost most of the time and are
 * computed for the sentences each {@link SentenceSelection} picks. Validated on construction.
 *
 * @param ner the sentences NER tags ({@code Token.ner()} and the article's names); other
 *     sentences' tokens have a null NER label
 * @param timex the sentences SUTime reads for time expressions (day ranges such as
 *     {@code Oct. 12-13} are found in every sentence when this is not {@link SentenceSelection#NONE})
 * @param parse the sentences that get a dependency parse
 * @param threads how many articles {@link CoreNlpAnnotator#annotateAll} annotates at once, 1..64
 */
public record NlpConfig(
    SentenceSelection ner, SentenceSelection timex, SentenceSelection parse, int threads) {

  private static final Set<String> KEYS = Set.of("ner", "timex", "parse", "threads");

  public NlpConfig {
    Objects.requireNonNull(ner, "ner selection");
    Objects.requireNonNull(timex, "timex selection");
    Objects.requireNonNull(parse, "parse selection");
    if (threads < 1 || threads > 64) {
      throw new IllegalArgumentException("threads must be within 1..64: " + threads);
    }
  }

  /** Everything for every sentence, one thread per processor. */
  public static NlpConfig defaults() {
    return new NlpConfig(SentenceSelection.ALL, SentenceSelection.ALL, SentenceSelection.ALL,
        Math.min(64, Math.max(1, Runtime.getRuntime().availableProcessors())));
  }

  /** This configuration with NER on every sentence or none. */
  public NlpConfig withNer(boolean on) {
    return withNer(on ? SentenceSelection.ALL : SentenceSelection.NONE);
  }

  /** This configuration with NER on the selected sentences. */
  public NlpConfig withNer(SentenceSelection sentences) {
    return new NlpConfig(sentences, timex, parse, threads);
  }

  /** This configuration with SUTime on every sentence or none. */
  public NlpConfig withTimex(boolean on) {
    return withTimex(on ? SentenceSelection.ALL : SentenceSelection.NONE);
  }

  /** This configuration with SUTime on the selected sentences. */
  public NlpConfig withTimex(SentenceSelection sentences) {
    return new NlpConfig(ner, sentences, parse, threads);
  }

  /** This configuration parsing the selected sentences. */
  public NlpConfig withParse(SentenceSelection sentences) {
    return new NlpConfig(ner, timex, sentences, threads);
  }

  /** This configuration with {@code n} threads for {@link CoreNlpAnnotator#annotateAll}. */
  public NlpConfig withThreads(int n) {
    return new NlpConfig(ner, timex, parse, n);
  }

  /**
   * The defaults overridden by {@code settings}: {@code ner}, {@code timex} and {@code parse} are
   * {@code none}, {@code all} or the name of one of {@code selections}; {@code threads} is a
   * number. An unknown key or a bad value fails and names it.
   *
   * @param settings key to value, never null
   * @param selections named selections the settings may refer to ({@code date-words}), never null
   */
  public static NlpConfig fromMap(Map<String, String> settings, Map<String, SentenceSelection> selections) {
    Set<String> unknown = new TreeSet<>(settings.keySet());
    unknown.removeAll(KEYS);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown nlp setting " + unknown + "; known: " + new TreeSet<>(KEYS));
    }
    NlpConfig c = defaults();
    if (settings.containsKey("ner")) {
      c = c.withNer(selection(settings, "ner", selections));
    }
    if (settings.containsKey("timex")) {
      c = c.withTimex(selection(settings, "timex", selections));
    }
    if (settings.containsKey("parse")) {
      c = c.withParse(selection(settings, "parse", selections));
    }
    if (settings.containsKey("threads")) {
      try {
        c = c.withThreads(Integer.parseInt(settings.get("threads").strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("nlp setting threads must be a number: " + settings.get("threads"), e);
      }
    }
    return c;
  }

  private static SentenceSelection selection(Map<String, String> settings, String key,
      Map<String, SentenceSelection> selections) {
    String v = settings.get(key).strip().toLowerCase(Locale.ROOT);
    switch (v) {
      case "none":
        return SentenceSelection.NONE;
      case "all":
        return SentenceSelection.ALL;
      default:
        SentenceSelection s = selections.get(v);
        if (s == null) {
          throw new IllegalArgumentException("nlp setting " + key + " must be none, all or one of "
              + new TreeSet<>(selections.keySet()) + ": " + settings.get(key));
        }
        return s;
    }
  }
}
