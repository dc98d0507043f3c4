package org.demarche.resolve;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.demarche.model.EntityType;
import org.demarche.model.Token;
import org.demarche.resolve.gazetteer.GazetteerEntry;
import org.demarche.resolve.gazetteer.Standing;

/**
 * Chooses what an ambiguous name means, as an analyst would: the reading the article names
 * elsewhere without ambiguity ({@code Aliyev} after {@code Ilham Aliyev}); else the reading that
 * fits the title before it ({@code former President Aliyev}); else the one whose country the
 * sentence and the article are about (the Ukrainian {@code Lugansk} next to {@code Donetsk}, the
 * Kazakh village in a story about Pavlodar region); places weigh their prominence (a capital
 * over a city over a village), people whether they are in office at the article's date.
 * Stateless and thread-safe.
 */
final class HitChooser {

  /** Words before a place name that say what kind of place it is. */
  private static final Set<String> KIND_WORDS =
      Set.of("village", "town", "city", "region", "district", "province", "oblast", "river", "lake");

  /** A choice and the score that made it: for {@code actors explain}. */
  record Choice(AliasIndex.Hit hit, int score, String reason) {}

  /** The best of {@code c}'s hits; the first (strongest match) wins ties. */
  Choice choose(Candidate c, ArticleContext context, LocalDate date) {
    List<AliasIndex.Hit> hits = c.hits();
    if (hits.size() == 1) {
      return new Choice(hits.get(0), 0, "only reading");
    }
    Choice best = null;
    for (AliasIndex.Hit h : hits) {
      Choice scored = score(h, c, context, date);
      if (best == null || scored.score() > best.score()) {
        best = scored;
      }
    }
    return best;
  }

  /** The score of one reading of {@code c}, and what it rests on. */
  Choice score(AliasIndex.Hit h, Candidate c, ArticleContext context, LocalDate date) {
    GazetteerEntry e = h.entry();
    StringBuilder why = new StringBuilder();
    int score = 0;
    if (context.certain(e.id())) {
      score += 100;
      why.append("named unambiguously in the article; ");
    }
    Standing standing = e.standingAt(date);
    String country = standing.country();
    if (e.type() == EntityType.PERSON) {
      score += personScore(standing, titleBefore(c), why);
    } else if (e.type() == EntityType.LOCATION) {
      int prominence = prominence(e);
      score += prominence;
      why.append(e.capitalOf() != null ? "capital" : e.placeKind()).append(" +").append(prominence).append("; ");
      String kind = wordBefore(c, 2);
      if (kind != null && KIND_WORDS.contains(kind) && kind.equals(e.placeKind())) {
        score += 4;
        why.append("'").append(kind).append(" of' +4; ");
      }
    } else if (e.type() == EntityType.COUNTRY) {
      score += 3; // a country name shared with a place (Georgia, Jordan) is the country by default
    }
    if (country != null) {
      if (country.equals(context.nearestCountry(c.sentence().index(), c.first(), c.last()))) {
        score += 6;
        why.append(country).append(" named nearest in the sentence +6; ");
      } else if (context.sentenceCountries(c.sentence().index()).contains(country)) {
        score += 2;
        why.append(country).append(" named in the sentence +2; ");
      }
      int n = Math.min(context.count(country), 3);
      if (n > 0) {
        score += n;
        why.append(country).append(" named in the article +").append(n).append("; ");
      }
      if (country.equals(context.topCountry())) {
        score += 2;
        why.append(country).append(" the article's main country +2; ");
      }
      if (country.equals(context.datelineCountry())) {
        score += 2;
        why.append(country).append(" the dateline's country +2; ");
      }
    }
    return new Choice(h, score, why.length() == 0 ? "first reading" : why.substring(0, why.length() - 2));
  }

  private static int personScore(Standing standing, String title, StringBuilder why) {
    boolean current = standing.basis() == Standing.Basis.IN_OFFICE
        || standing.basis() == Standing.Basis.LATEST_OFFICE;
    boolean holds = standing.holdsOffice();
    int score = 0;
    if (current) {
      score += 8;
      why.append("in office (").append(standing.role()).append(") +8; ");
    }
    if (title == null) {
      return score;
    }
    if (title.equals("former") || title.equals("late") || title.equals("ex")) {
      if (!current) {
        score += 12;
        why.append("'").append(title).append("' and out of office +12; ");
      }
    } else if (holds && standing.role().toLowerCase(Locale.ROOT).contains(title)) {
      score += 12;
      why.append("title '").append(title).append("' fits +12; ");
    }
    return score;
  }

  /** The title word right before a person's name ({@code President}, {@code former}), lower case. */
  private static String titleBefore(Candidate c) {
    for (int back = 1; back <= 2; back++) {
      String w = wordBefore(c, back);
      if (w == null) {
        return null;
      }
      if (w.equals("former") || w.equals("late") || w.equals("ex")) {
        return w;
      }
      if (Set.of("president", "minister", "premier", "chancellor", "king", "chairman", "speaker",
          "spokesperson", "spokesman", "spokeswoman", "secretary", "ambassador", "governor").contains(w)) {
        String before = wordBefore(c, back + 1);
        return "former".equals(before) || "ex".equals(before) ? before : w;
      }
    }
    return null;
  }

  /** The word {@code back} tokens before the candidate, lower case, or null at the sentence start. */
  private static String wordBefore(Candidate c, int back) {
    int i = c.first() - back;
    if (i < 0) {
      return null;
    }
    Token t = c.sentence().tokens().get(i);
    return t.text().toLowerCase(Locale.ROOT).replace("-", "");
  }

  private static int prominence(GazetteerEntry e) {
    if (e.capitalOf() != null) {
      return 5;
    }
    String kind = e.placeKind() == null ? "" : e.placeKind();
    return switch (kind) {
      case "city", "region", "water" -> 4;
      case "site", "district" -> 2;
      case "town" -> 1;
      default -> 0;
    };
  }
}
