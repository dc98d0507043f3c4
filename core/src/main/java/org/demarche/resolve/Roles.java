package org.demarche.resolve;

import java.util.Locale;
import java.util.Set;
import org.demarche.model.Dependency;
import org.demarche.model.Sentence;
import org.demarche.model.Token;

/** Decides from a name's place in its sentence whether a capital acts or is a place. */
final class Roles {

  /** A capital after these is a place: {@code talks in Ankara}, {@code the embassy in Moscow}. */
  private static final Set<String> PLACE_WORDS =
      Set.of("in", "at", "near", "outside", "into", "from", "to", "across", "around", "via",
          "towards", "toward", "capital", "city", "downtown", "central", "visited", "visit", "arrived");

  /** A capital after these acts: {@code annexed by Moscow}, {@code talks with Ankara}. */
  private static final Set<String> ACTOR_WORDS = Set.of("by", "with", "against");

  private Roles() {}

  /**
   * Whether the name at tokens {@code first..last} acts as a government: the possessor in
   * {@code Ankara's call}, the subject in {@code Moscow warned}, the agent in {@code annexed by
   * Moscow}; not after {@code in}, {@code to}, {@code capital}.
   */
  static boolean actsAsGovernment(Sentence s, int first, int last) {
    String prev = first > 0 ? lower(s.tokens().get(first - 1)) : "";
    if (PLACE_WORDS.contains(prev)) {
      return false;
    }
    if (ACTOR_WORDS.contains(prev)) {
      return true;
    }
    if (last + 1 < s.tokens().size()) {
      Token next = s.tokens().get(last + 1);
      String n = next.text();
      if (n.equals("'s") || n.equals("’s") || n.equals("'") || n.equals("’")) {
        return true;
      }
      if (next.isPos("VBD") || next.isPos("VBZ") || next.isPos("VBP") || next.isPos("MD")) {
        return true;
      }
    }
    Dependency head = s.head(last);
    if (head != null) {
      String rel = head.relation();
      return rel.startsWith("nsubj") || rel.equals("obl:agent") || rel.equals("nmod:poss");
    }
    return false;
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }
}
