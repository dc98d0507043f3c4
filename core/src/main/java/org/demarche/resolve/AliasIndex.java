package org.demarche.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demarche.model.EntityType;
import org.demarche.resolve.gazetteer.Gazetteer;
import org.demarche.resolve.gazetteer.GazetteerEntry;
import org.demarche.resolve.gazetteer.NameKey;

/**
 * Looks gazetteer entries up by surface form: exact acronyms case-sensitively ({@code US} but
 * never {@code us}), other names by their ASCII fold and by their romanization key. Immutable
 * and thread-safe once built.
 */
final class AliasIndex {

  /** How a surface form matched an entry, strongest first. */
  enum Match {
    ACRONYM("acronym"),
    ALIAS("alias"),
    DEMONYM("demonym"),
    NAME_KEY("name-key");

    final String rule;

    Match(String rule) {
      this.rule = rule;
    }
  }

  /** One entry a surface form may name, and how it matched. */
  record Hit(GazetteerEntry entry, Match match) {}

  private final Map<String, List<GazetteerEntry>> acronyms = new HashMap<>();
  private final Map<String, List<GazetteerEntry>> folds = new HashMap<>();
  private final Map<String, List<GazetteerEntry>> keys = new HashMap<>();
  private final Map<String, GazetteerEntry> demonyms = new HashMap<>();
  private final Map<String, GazetteerEntry> seats = new HashMap<>();
  private final int maxWords;

  AliasIndex(Gazetteer gazetteer) {
    int longest = 1;
    for (GazetteerEntry e : gazetteer.entries()) {
      Set<String> names = new LinkedHashSet<>();
      names.add(e.name());
      names.addAll(e.aliases());
      for (String name : names) {
        String bare = stripArticle(name);
        if (isAcronym(bare)) {
          add(acronyms, bare, e);
          continue;
        }
        String fold = NameKey.fold(bare);
        if (fold.isEmpty()) {
          continue;
        }
        add(folds, fold, e);
        add(keys, NameKey.key(bare), e);
        longest = Math.max(longest, fold.split(" ").length);
      }
    }
    for (GazetteerEntry e : gazetteer.entries()) {
      if (e.type() == EntityType.ORGANIZATION) {
        for (String seat : e.metonyms()) {
          seats.putIfAbsent(NameKey.fold(seat), e);
        }
      }
    }
    for (Map.Entry<String, String> d : gazetteer.demonyms().entrySet()) {
      GazetteerEntry country = gazetteer.country(d.getValue());
      if (country != null) {
        demonyms.putIfAbsent(NameKey.fold(d.getKey()), country);
      }
    }
    this.maxWords = Math.min(longest + 2, 10);
  }

  /** The longest alias, in words (with slack for punctuation tokens). */
  int maxWords() {
    return maxWords;
  }

  /**
   * Entries {@code surface} may name, best match kind first; empty when none. Persons are
   * matched by romanization key only when the surface has the shape of a name.
   */
  List<Hit> lookup(String surface) {
    List<Hit> hits = new ArrayList<>();
    if (isAcronym(surface)) {
      for (GazetteerEntry e : acronyms.getOrDefault(surface, List.of())) {
        hits.add(new Hit(e, Match.ACRONYM));
      }
      String dotless = surface.replace(".", "");
      if (hits.isEmpty() && !dotless.equals(surface)) {
        for (GazetteerEntry e : acronyms.getOrDefault(dotless, List.of())) {
          hits.add(new Hit(e, Match.ACRONYM));
        }
      }
      if (!hits.isEmpty()) {
        return hits;
      }
      // datelines write places in capitals: BAKU, ISTANBUL
    }
    String fold = NameKey.fold(surface);
    if (fold.isEmpty()) {
      return hits;
    }
    for (GazetteerEntry e : folds.getOrDefault(fold, List.of())) {
      hits.add(new Hit(e, Match.ALIAS));
    }
    if (hits.isEmpty()) {
      GazetteerEntry country = demonyms.get(fold);
      if (country != null) {
        hits.add(new Hit(country, Match.DEMONYM));
      }
    }
    if (hits.isEmpty()) {
      for (GazetteerEntry e : keys.getOrDefault(NameKey.key(surface), List.of())) {
        if (e.type() == EntityType.PERSON || fold.length() >= 5) {
          hits.add(new Hit(e, Match.NAME_KEY));
        }
      }
    }
    return hits;
  }

  /**
   * The organization whose seat {@code place} is, standing for it when it acts ({@code
   * Brussels} for the EU), or null.
   */
  GazetteerEntry seatOf(String place) {
    return seats.get(NameKey.fold(place));
  }

  /** Whether {@code demonym} (any case) is a demonym, and of which country entry. */
  GazetteerEntry demonym(String word) {
    return demonyms.get(NameKey.fold(word));
  }

  /** All-capital letters (dots allowed), two to six letters: {@code US}, {@code U.S.}, {@code CSTO}. */
  static boolean isAcronym(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (c != '.' && c != '&' && c != '+') {
        return false;
      }
    }
    return letters >= 2 && letters <= 6;
  }

  /** {@code the Kremlin} is indexed as {@code Kremlin}: the article is matched in the text or not at all. */
  static String stripArticle(String name) {
    return name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
  }

  private static void add(Map<String, List<GazetteerEntry>> map, String key, GazetteerEntry e) {
    List<GazetteerEntry> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (!list.contains(e)) {
      list.add(e);
    }
  }
}
