package org.demarche.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What the NLP stage computes. Tokens, sentences, part-of-speech tags and lemmas are always
 * there; the rest is chosen here. Validated on construction.
 *
 * @param ner whether named entities are tagged ({@code Token.ner()} and {@code names})
 * @param timex whether SUTime finds and normalizes time expressions
 * @param parse which sentences get a dependency parse
 * @param parseCandidates for {@link ParseMode#CANDIDATES}, the sentences (by their text) to
 *     parse, such as those holding a candidate event verb or a quote; null for other modes
 * @param threads how many articles {@link CoreNlpAnnotator#annotateAll} annotates at once, 1..64
 */
public record NlpConfig(
    boolean ner, boolean timex, ParseMode parse, Predicate<String> parseCandidates, int threads) {

  private static final Set<String> KEYS = Set.of("ner", "timex", "parse", "threads");

  public NlpConfig {
    Objects.requireNonNull(parse, "parse mode");
    if ((parse == ParseMode.CANDIDATES) != (parseCandidates != null)) {
      throw new IllegalArgumentException(
          "parse mode " + parse + " " + (parseCandidates == null ? "needs" : "takes no")
              + " candidate sentence predicate");
    }
    if (threads < 1 || threads > 64) {
      throw new IllegalArgumentException("threads must be within 1..64: " + threads);
    }
  }

  /**
   * The lean but complete default: NER (coarse labels), SUTime, every sentence parsed, one
   * thread per processor.
   */
  public static NlpConfig defaults() {
    return new NlpConfig(true, true, ParseMode.ALL, null,
        Math.min(64, Math.max(1, Runtime.getRuntime().availableProcessors())));
  }

  /** This configuration with NER on or off. */
  public NlpConfig withNer(boolean on) {
    return new NlpConfig(on, timex, parse, parseCandidates, threads);
  }

  /** This configuration with SUTime on or off. */
  public NlpConfig withTimex(boolean on) {
    return new NlpConfig(ner, on, parse, parseCandidates, threads);
  }

  /** This configuration parsing no sentence or every sentence; see {@link #withParseCandidates}. */
  public NlpConfig withParse(ParseMode mode) {
    if (mode == ParseMode.CANDIDATES) {
      throw new IllegalArgumentException("parse mode CANDIDATES is set by withParseCandidates");
    }
    return new NlpConfig(ner, timex, mode, null, threads);
  }

  /** This configuration parsing only the sentences whose text {@code candidates} accepts. */
  public NlpConfig withParseCandidates(Predicate<String> candidates) {
    Objects.requireNonNull(candidates, "candidates");
    return new NlpConfig(ner, timex, ParseMode.CANDIDATES, candidates, threads);
  }

  /** This configuration with {@code n} threads for {@link CoreNlpAnnotator#annotateAll}. */
  public NlpConfig withThreads(int n) {
    return new NlpConfig(ner, timex, parse, parseCandidates, n);
  }

  /**
   * The defaults overridden by {@code settings}: {@code ner} and {@code timex} ({@code true} or
   * {@code false}), {@code parse} ({@code none}, {@code all}, {@code candidates}) and
   * {@code threads}. An unknown key or a bad value fails and names it.
   *
   * @param settings key to value, never null
   * @param candidates the sentence predicate, required when {@code parse} is {@code candidates}
   */
  public static NlpConfig fromMap(Map<String, String> settings, Predicate<String> candidates) {
    Set<String> unknown = new TreeSet<>(settings.keySet());
    unknown.removeAll(KEYS);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown nlp setting " + unknown + "; known: " + new TreeSet<>(KEYS));
    }
    NlpConfig c = defaults();
    if (settings.containsKey("ner")) {
      c = c.withNer(bool(settings, "ner"));
    }
    if (settings.containsKey("timex")) {
      c = c.withTimex(bool(settings, "timex"));
    }
    if (settings.containsKey("threads")) {
      try {
        c = c.withThreads(Integer.parseInt(settings.get("threads").strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("nlp setting threads must be a number: " + settings.get("threads"), e);
      }
    }
    if (settings.containsKey("parse")) {
      String mode = settings.get("parse").strip().toUpperCase(Locale.ROOT);
      switch (mode) {
        case "NONE", "ALL" -> c = c.withParse(ParseMode.valueOf(mode));
        case "CANDIDATES" -> {
          if (candidates == null) {
            throw new IllegalArgumentException("nlp setting parse=candidates needs a candidate predicate");
          }
          c = c.withParseCandidates(candidates);
        }
        default -> throw new IllegalArgumentException(
            "nlp setting parse must be none, all or candidates: " + settings.get("parse"));
      }
    }
    return c;
  }

  private static boolean bool(Map<String, String> settings, String key) {
    String v = settings.get(key).strip().toLowerCase(Locale.ROOT);
    if (!v.equals("true") && !v.equals("false")) {
      throw new IllegalArgumentException("nlp setting " + key + " must be true or false: " + settings.get(key));
    }
    return Boolean.parseBoolean(v);
  }
}
