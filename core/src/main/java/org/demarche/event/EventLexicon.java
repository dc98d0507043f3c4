package org.demarche.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.demarche.model.PloverType;

/**
 * The event patterns, read from {@code lexicon.tsv} (format in the file's header). Immutable and
 * thread-safe.
 */
public final class EventLexicon {

  private final List<EventPattern> patterns;
  private final Map<String, List<EventPattern>> byHead = new HashMap<>();

  private EventLexicon(List<EventPattern> patterns) {
    this.patterns = List.copyOf(patterns);
    for (EventPattern p : patterns) {
      byHead.computeIfAbsent(p.pos() + " " + p.head(), k -> new ArrayList<>()).add(p);
    }
    // the most specific reading first: "open fire" before "open", "hunger strike" before "strike"
    byHead.values().forEach(l -> l.sort(Comparator.comparingInt((EventPattern p) -> -p.dependents().size())));
  }

  /** The lexicon that ships with Demarche. */
  public static EventLexicon loadDefault() {
    return TableResource.read("lexicon.tsv", EventLexicon::parse);
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
      try {
        if (f.length < 5) {
          throw new IllegalArgumentException("expected at least 5 tab-separated columns, got " + f.length);
        }
        EventPattern.Pos pos = switch (f[1].trim()) {
          case "VERB" -> EventPattern.Pos.VERB;
          case "NOUN" -> EventPattern.Pos.NOUN;
          case "MODAL" -> EventPattern.Pos.MODAL;
          default -> throw new IllegalArgumentException("pos must be VERB, NOUN or MODAL: " + f[1]);
        };
        String where = f[4].trim();
        boolean required = where.endsWith("!");
        boolean blocker = f[2].trim().equals("-");
        String cameo = blocker ? null : f[3].trim();
        if (!blocker) {
          CameoCodes.standard().find(cameo).orElseThrow(
              () -> new IllegalArgumentException("not in cameo.tsv: CAMEO code " + cameo));
        }
        patterns.add(new EventPattern(
            f[0].trim().toLowerCase(Locale.ROOT),
            pos,
            blocker ? null : PloverType.valueOf(f[2].trim()),
            cameo,
            List.of((required ? where.substring(0, where.length() - 1) : where).split("\\|")),
            required,
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

  /** The patterns whose head is {@code lemma} with this part of speech, most specific first. */
  public List<EventPattern> headed(EventPattern.Pos pos, String lemma) {
    return byHead.getOrDefault(pos + " " + lemma, List.of());
  }

  /**
   * The patterns token {@code i} of {@code tree} triggers, most specific first: its part of
   * speech and lemma fit, and every other word of the trigger hangs from it.
   */
  List<EventPattern> match(Tree tree, int i) {
    String tag = tree.token(i).pos();
    EventPattern.Pos pos = tag.startsWith("VB") ? EventPattern.Pos.VERB
        : tag.startsWith("NN") ? EventPattern.Pos.NOUN
        : tag.equals("MD") ? EventPattern.Pos.MODAL : null;
    if (pos == null) {
      return List.of();
    }
    List<EventPattern> out = new ArrayList<>();
    for (EventPattern p : headed(pos, tree.lemma(i))) {
      if (p.dependents().stream().allMatch(lemmas -> hasDependent(tree, i, lemmas))) {
        out.add(p);
      }
    }
    return out;
  }

  /** The tokens that the other words of {@code p}'s trigger matched at token {@code i}. */
  List<Integer> dependentTokens(Tree tree, int i, EventPattern p) {
    List<Integer> out = new ArrayList<>();
    for (Set<String> lemmas : p.dependents()) {
      int t = dependent(tree, i, lemmas);
      if (t >= 0) {
        out.add(t);
      }
    }
    return out;
  }

  private static boolean hasDependent(Tree tree, int head, Set<String> lemmas) {
    return dependent(tree, head, lemmas) >= 0;
  }

  /** The child (or grandchild through {@code of}) of {@code head} with one of {@code lemmas}, else -1. */
  private static int dependent(Tree tree, int head, Set<String> lemmas) {
    for (int c : tree.allChildren(head)) {
      String text = tree.text(c);
      String rel = tree.relation(c);
      if (rel.equals("mark") || rel.equals("case") || rel.equals("det") || rel.equals("cc") || rel.equals("punct")) {
        continue; // "congratulated them on what the Kremlin called": no "call on"
      }
      if (lemmas.contains(tree.lemma(c)) || lemmas.contains(text)
          || text.endsWith("s") && lemmas.contains(text.substring(0, text.length() - 1))) {
        return c; // the lemmatizer leaves some plurals alone: "troops"
      }
      if (tree.hangsBy(c, "obl") || tree.hangsBy(c, "nmod")) {
        // the preposition of a phrase: "call on X", "forced the agency out of the country"
        if (lemmas.contains(String.valueOf(tree.preposition(c)))) {
          return c;
        }
        for (int k : tree.children(c, "case")) {
          if (lemmas.contains(tree.lemma(k))) {
            return k;
          }
        }
      }
      // "declared a state of emergency": the word may follow its noun's "of"
      for (int g : tree.children(c, "nmod:of")) {
        if (lemmas.contains(tree.lemma(g))) {
          return g;
        }
      }
    }
    return -1;
  }
}
