package org.demarche.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.demarche.model.Sentence;
import org.demarche.model.Span;
import org.demarche.model.Token;

/**
 * Finds the names the gazetteer knows in a sentence. Every run of tokens starting with a capital
 * is looked up, the longest name at each start kept, without a lower-case generic word at its
 * end ({@code the Tavush province} names {@code Tavush}); overlapping names are then settled longest
 * first and, between names of one length, the one ending later ({@code President Xi Jinping}
 * is {@code Xi Jinping}, not {@code President Xi}: titles stand before names). Parts of
 * hyphenated tokens that nothing else covers are looked up on their own ({@code Russia-backed}).
 * Stateless and thread-safe.
 */
final class NameMatcher {

  /** Lower-case words after a place name that say what it is, not part of the name. */
  private static final Set<String> GENERIC_PLACE_WORDS =
      Set.of("province", "region", "district", "oblast", "city", "county");

  private final AliasIndex index;

  NameMatcher(AliasIndex index) {
    this.index = index;
  }

  /** The names in {@code s}, in text order, none overlapping. */
  List<Candidate> match(String text, Sentence s) {
    List<Token> tokens = s.tokens();
    List<Candidate> all = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token first = tokens.get(i);
      if (!startsName(first.text())) {
        continue;
      }
      for (int n = Math.min(index.maxWords(), tokens.size() - i); n >= 1; n--) {
        Token last = tokens.get(i + n - 1);
        if (n > 1 && (!hasLetter(last.text()) || isPossessive(last.text()))) {
          continue;
        }
        String surface = text.substring(first.start(), last.end());
        if (surface.indexOf('\n') >= 0) {
          continue;
        }
        int end = last.end();
        if (last.text().length() > 2 && (last.text().endsWith("'s") || last.text().endsWith("’s"))) {
          end -= 2; // "Belarus's" as one token: the possessive is not part of the name
          surface = text.substring(first.start(), end);
        }
        List<AliasIndex.Hit> hits = index.lookup(surface);
        if (hits.isEmpty()) {
          continue;
        }
        if (n > 1 && GENERIC_PLACE_WORDS.contains(last.text())) {
          // "the Tavush province": the name is Tavush, "province" says what it is
          Token before = tokens.get(i + n - 2);
          String bare = text.substring(first.start(), before.end());
          List<AliasIndex.Hit> bareHits = index.lookup(bare);
          if (!bareHits.isEmpty() && bareHits.get(0).entry().equals(hits.get(0).entry())) {
            all.add(new Candidate(new Span(first.start(), before.end()), bare, bareHits, s, i, i + n - 2));
            break;
          }
        }
        all.add(new Candidate(new Span(first.start(), end), surface, hits, s, i, i + n - 1));
        break;
      }
    }
    all.sort(Comparator.comparingInt((Candidate c) -> c.last() - c.first())
        .thenComparingInt(Candidate::last).reversed());
    List<Candidate> chosen = new ArrayList<>();
    boolean[] taken = new boolean[tokens.size()];
    for (Candidate c : all) {
      if (free(taken, c.first(), c.last())) {
        chosen.add(c);
        for (int t = c.first(); t <= c.last(); t++) {
          taken[t] = true;
        }
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (!taken[i] && tokens.get(i).text().indexOf('-') > 0) {
        hyphenParts(tokens.get(i), s, chosen);
      }
    }
    chosen.sort(Comparator.comparingInt(c -> c.span().start()));
    return chosen;
  }

  /** {@code Russia-backed}, {@code Türkiye-Kazakhstan}: names inside a hyphenated token. */
  private void hyphenParts(Token token, Sentence s, List<Candidate> out) {
    String t = token.text();
    int from = 0;
    while (from < t.length()) {
      int to = t.indexOf('-', from);
      if (to < 0) {
        to = t.length();
      }
      String part = t.substring(from, to);
      if (startsName(part)) {
        List<AliasIndex.Hit> hits = index.lookup(part);
        if (!hits.isEmpty()) {
          Span span = new Span(token.start() + from, token.start() + to);
          out.add(new Candidate(span, part, hits, s, token.index(), token.index()));
        }
      }
      from = to + 1;
    }
  }

  private static boolean free(boolean[] taken, int first, int last) {
    for (int t = first; t <= last; t++) {
      if (taken[t]) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word can start a name: a capital letter, or a digit in {@code 5G}-like codes. */
  static boolean startsName(String s) {
    if (s.isEmpty()) {
      return false;
    }
    return Character.isUpperCase(s.codePointAt(0)) || Character.isDigit(s.charAt(0))
        && s.length() > 1 && Character.isUpperCase(s.charAt(s.length() - 1));
  }

  private static boolean isPossessive(String token) {
    return token.equals("'s") || token.equals("’s") || token.equals("s");
  }

  static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
