package org.demarche.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.demarche.model.PloverType;

/**
 * The event patterns, read from {@code lexicon.tsv} (format in the file's header). Immutable and
 * thread-safe.
 */
public final class EventLexicon {

  private final List<EventPattern> patterns;
  private final Map<String, List<EventPattern>> verbs = new HashMap<>();
  private final Map<String, List<EventPattern>> nouns = new HashMap<>();

  private EventLexicon(List<EventPattern> patterns) {
    this.patterns = List.copyOf(patterns);
    for (EventPattern p : patterns) {
      (p.noun() ? nouns : verbs).computeIfAbsent(p.trigger(), k -> new ArrayList<>()).add(p);
    }
  }

  /** The lexicon that ships with Demarche. */
  public static EventLexicon loadDefault() {
    try (InputStream in = EventLexicon.class.getResourceAsStream("lexicon.tsv")) {
      if (in == null) {
        throw new IllegalStateException("lexicon.tsv missing from the classpath");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "lexicon.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a lexicon; a malformed line throws naming {@code name} and the line number. */
  static EventLexicon parse(BufferedReader in, String name) throws IOException {
    List<EventPattern> patterns = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 5) {
        throw new IllegalArgumentException(name + ":" + n + ": expected at least 5 tab-separated columns, got " + f.length);
      }
      try {
        boolean noun = switch (f[1].trim()) {
          case "NOUN" -> true;
          case "VERB" -> false;
          default -> throw new IllegalArgumentException("pos must be VERB or NOUN: " + f[1]);
        };
        patterns.add(new EventPattern(
            f[0].trim().toLowerCase(Locale.ROOT),
            noun,
            PloverType.valueOf(f[2].trim()),
            f[3].trim(),
            List.of(f[4].trim().split("\\|")),
            f.length > 5 ? f[5].trim() : null,
            f.length > 6 ? f[6].trim() : null));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ":" + n + ": " + e.getMessage(), e);
      }
    }
    return new EventLexicon(patterns);
  }

  /** All patterns in file order. */
  public List<EventPattern> patterns() {
    return patterns;
  }

  /** The patterns a verb lemma triggers, empty when none. */
  public List<EventPattern> verb(String lemma) {
    return verbs.getOrDefault(lemma, List.of());
  }

  /** The patterns a noun lemma triggers, empty when none. */
  public List<EventPattern> noun(String lemma) {
    return nouns.getOrDefault(lemma, List.of());
  }

  /** Whether any pattern has this lemma as trigger: a cheap test for sentences worth parsing. */
  public boolean triggers(String lemma) {
    return verbs.containsKey(lemma) || nouns.containsKey(lemma);
  }
}
