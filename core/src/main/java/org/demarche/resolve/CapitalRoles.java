package org.demarche.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.demarche.model.Dependency;
import org.demarche.model.Sentence;
import org.demarche.model.Token;

/**
 * Decides whether a capital (or another seat of power, such as {@code Brussels} for the EU)
 * acts, and so stands for its government, or is a place. The first cue that applies decides:
 *
 * <ol>
 *   <li>the words before it: a locative preposition makes a place ({@code talks in Ankara},
 *       {@code flying from Baku}); {@code with}, {@code against}, {@code between}, {@code by}
 *       make an actor ({@code ties with Kyiv}, {@code annexed by Moscow}); so do {@code from}
 *       and {@code to} after a word of communication ({@code notification from Yerevan}),
 *       {@code on} except after an attack ({@code sanctions on Moscow}, but {@code strikes on
 *       Kyiv}), a verb one does something to a government with ({@code urged Kyiv}, {@code
 *       handing Moscow}) and a noun of alliance ({@code its ally Moscow}); a verb of travel or
 *       attack, or a noun such as {@code capital}, makes a place ({@code leaving Moscow}, {@code
 *       the Kazakh capital Astana}, {@code the streets of Kyiv});
 *   <li>the words after it: an apposition of a city noun makes a place ({@code Astana, a city
 *       of 1.3 million}); a possessive is the government's ({@code Ankara's call}) unless what
 *       is possessed is part of a city ({@code Tbilisi's main avenue}); a finite verb makes it the
 *       subject, so an actor ({@code Moscow warned}, {@code Beijing firmly opposed}), except for a
 *       passive of attack ({@code Kyiv was shelled}) and a city noun after a copula ({@code Kyiv
 *       is the capital}); a colon after it at the start of a sentence
 *       makes it a speaker ({@code Kabul: Tajiks must not meddle}); a noun after it makes it a
 *       modifier, so a place ({@code Moscow time}, {@code the Brussels summit});
 *   <li>the dependency parse: subject, agent, possessor and indirect object act; the object of a
 *       verb of the lists above follows the verb.
 * </ol>
 * A second conjunct takes the cues of the first ({@code between Moscow and Kyiv}); a name inside
 * the dateline is a place. What no cue decides is a place. Stateless and thread-safe.
 */
final class CapitalRoles {

  /** What a decision rests on, for the mention's rule and {@code actors explain}. */
  record Decision(boolean acts, String cue) {}

  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "outside",
      "inside", "into", "onto", "via", "across", "around", "throughout", "within", "through",
      "beyond", "above", "over", "downtown", "central", "suburban");

  private static final Set<String> ACTOR_PREPOSITIONS =
      Set.of("with", "against", "between", "by", "among", "versus", "vs.", "vs");

  /** Nouns after which {@code from} / {@code to} introduce a government: {@code a message from Moscow}. */
  private static final Set<String> COMMUNICATION = Set.of("notification", "message", "messages",
      "signal", "signals", "response", "reply", "request", "requests", "demand", "demands",
      "pressure", "support", "criticism", "protest", "warning", "warnings", "invitation", "letter",
      "note", "word", "reaction", "approval", "consent", "assurance", "assurances", "guarantees",
      "offer", "proposal", "proposals", "threat", "threats", "objection", "objections", "complaint",
      "call", "calls", "answer", "appeal", "ultimatum", "overture", "overtures", "backing", "aid",
      "loan", "loans", "funding", "recognition", "condolences", "congratulations", "statement");

  /** Nouns after which {@code on} is an attack on the city: {@code strikes on Kyiv}. */
  private static final Set<String> ATTACKS = Set.of("attack", "attacks", "strike", "strikes",
      "assault", "raid", "raids", "offensive", "advance", "march", "bombing", "bombardment", "fire",
      "shelling", "missiles", "drones", "rained", "fell", "push");

  /** Verbs whose object is a place: {@code visited Ankara}, {@code shelled Kyiv}. */
  private static final Set<String> PLACE_VERBS = Set.of("visit", "leave", "reach", "enter", "tour",
      "shell", "bomb", "strike", "hit", "attack", "capture", "besiege", "encircle", "storm",
      "evacuate", "liberate", "rename", "fly", "travel", "return", "move", "relocate", "arrive",
      "head", "land", "flee", "defend", "surround", "seize", "take", "occupy", "target", "rock",
      "shake", "paralyze", "flood", "blanket", "host");

  /** Verbs whose object (or indirect object) is an actor: {@code urged Kyiv}, {@code handing Moscow}. */
  private static final Set<String> ACTOR_VERBS = Set.of("urge", "blame", "accuse", "warn", "help",
      "press", "pressure", "support", "call", "tell", "ask", "sanction", "criticize", "criticise",
      "condemn", "hand", "grant", "give", "offer", "bring", "invite", "persuade", "force", "push",
      "allow", "prompt", "convince", "back", "oppose", "recognize", "recognise", "engage", "thank",
      "praise", "trust", "punish", "deter", "court", "woo", "reassure", "assure", "inform",
      "notify", "join", "rebuke", "summon", "fault", "defy", "lobby", "pay", "supply", "arm",
      "provoke", "threaten", "reject", "cost", "deny", "send", "sue", "please", "irritate",
      "anger", "alarm", "reward", "hold", "encourage", "compel", "spur");

  /** Nouns after which {@code toward} introduces a government: {@code policy toward Moscow}. */
  private static final Set<String> STANCES = Set.of("policy", "policies", "stance", "attitude",
      "approach", "position", "hostility", "line", "tone", "overtures", "posture", "openness");

  /** Nouns a capital modifies as their government: {@code Kyiv officials}, {@code Moscow's envoy}. */
  private static final Set<String> GOVERNMENT_PEOPLE = Set.of("officials", "official",
      "authorities", "government", "regime", "leadership", "diplomats", "negotiators", "envoy",
      "delegation", "side", "leaders");

  /** Nouns in apposition that make an actor: {@code its ally Moscow}. */
  private static final Set<String> ALLIANCE = Set.of("ally", "allies", "partner", "partners",
      "neighbour", "neighbor", "rival", "foe", "adversary", "enemy", "patron", "creditor",
      "backer", "sponsor", "government", "authorities", "leadership");

  /** Nouns that make the capital a place when they stand before it or are its possession. */
  private static final Set<String> CITY_PARTS = Set.of("capital", "city", "town", "avenue",
      "avenues", "street", "streets", "square", "squares", "airport", "airports", "outskirts",
      "suburb", "suburbs", "center", "centre", "downtown", "district", "districts", "mayor",
      "residents", "resident", "metro", "skyline", "neighbourhood", "neighbourhoods",
      "neighborhood", "neighborhoods", "hospitals", "hospital", "buildings", "building", "roads",
      "road", "river", "port", "railway", "station", "population", "inhabitants", "old",
      "historic", "main", "central", "mosque", "cathedral", "university", "universities",
      "stadium", "subway", "region", "province", "oblast", "skies", "sky", "air", "parks",
      "park", "bridge", "bridges", "hotel", "hotels", "court", "courts", "schools", "school",
      "apartment", "apartments", "homes", "houses", "water", "heating", "electricity",
      "streetlights", "police", "outskirt", "northern", "southern", "eastern", "western", "east",
      "west", "north", "south", "cityscape", "zoo", "theatre", "theater", "museum", "museums",
      "marathon");

  private CapitalRoles() {}

  /**
   * Whether the name at tokens {@code first..last} of {@code s} acts as a government.
   *
   * @param inDateline whether the name stands inside the article's dateline
   */
  static Decision read(Sentence s, int first, int last, boolean inDateline) {
    if (inDateline) {
      return new Decision(false, "dateline");
    }
    Decision d = possessive(s, last);
    if (d == null) {
      d = before(s, firstConjunct(s, first));
    }
    if (d == null) {
      d = after(s, first, last);
    }
    if (d == null) {
      d = parse(s, last);
    }
    return d != null ? d : new Decision(false, "no cue: place");
  }

  /** The first token of the first conjunct when the name is a later one: {@code Moscow and Kyiv}. */
  private static int firstConjunct(Sentence s, int first) {
    int i = first;
    while (i >= 2) {
      String p = lower(s, i - 1);
      boolean joiner = p.equals("and") || p.equals("or") || p.equals(",");
      if (!joiner || !isProper(s.tokens().get(i - 2))) {
        break;
      }
      i -= 2;
      while (i >= 1 && isProper(s.tokens().get(i - 1))) {
        i--;
      }
    }
    return i;
  }

  private static Decision before(Sentence s, int first) {
    if (first == 0) {
      return null;
    }
    String p = lower(s, first - 1);
    String pp = first >= 2 ? lower(s, first - 2) : "";
    if (p.equals("from") || p.equals("to")) {
      return COMMUNICATION.contains(pp) || pp.equals("heard") || pp.equals("received")
          ? new Decision(true, "'" + pp + " " + p + "'") : new Decision(false, "'" + p + "'");
    }
    if (p.equals("on")) {
      return ATTACKS.contains(pp) ? new Decision(false, "'" + pp + " on'") : new Decision(true, "'on'");
    }
    if (p.equals("of") && CITY_PARTS.contains(pp)) {
      return new Decision(false, "'" + pp + " of'"); // the streets of Kyiv, the mayor of Moscow
    }
    if (p.equals("of") && (STANCES.contains(pp) || COMMUNICATION.contains(pp))) {
      return new Decision(true, "'" + pp + " of'"); // the position of Moscow
    }
    if (p.equals("toward") || p.equals("towards")) {
      return STANCES.contains(pp) ? new Decision(true, "'" + pp + " " + p + "'")
          : new Decision(false, "'" + p + "'");
    }
    if (PLACE_PREPOSITIONS.contains(p)) {
      return new Decision(false, "'" + p + "'");
    }
    if (ACTOR_PREPOSITIONS.contains(p)) {
      return new Decision(true, "'" + p + "'");
    }
    if (CITY_PARTS.contains(p) || p.equals(",") && CITY_PARTS.contains(pp)) {
      return new Decision(false, "'" + (p.equals(",") ? pp : p) + "' before it");
    }
    if (ALLIANCE.contains(p)) {
      return new Decision(true, "'" + p + "' before it");
    }
    Token prev = s.tokens().get(first - 1);
    if (prev.isPos("VB")) {
      String lemma = lemma(prev);
      if (ACTOR_VERBS.contains(lemma) && !PLACE_VERBS.contains(lemma)) {
        return new Decision(true, "object of '" + lemma + "'");
      }
      if (PLACE_VERBS.contains(lemma)) {
        return new Decision(false, "object of '" + lemma + "'");
      }
    }
    return null;
  }

  private static Decision after(Sentence s, int first, int last) {
    List<Token> tokens = s.tokens();
    int next = skipConjuncts(s, last + 1);
    if (next >= tokens.size()) {
      return null;
    }
    Token n = tokens.get(next);
    String t = n.text();
    if (t.equals(",") && next == last + 1) {
      String noun = appositionNoun(s, next + 1);
      if (noun != null && CITY_PARTS.contains(noun)) {
        return new Decision(false, "apposition '" + noun + "'"); // Astana, a city of 1.3 million
      }
    }
    if (t.equals(":") && first == 0) {
      return new Decision(true, "speaker before a colon");
    }
    if (t.equals("(") && first == 0) {
      return new Decision(false, "dateline");
    }
    int verb = next;
    while (verb < tokens.size() && tokens.get(verb).isPos("RB")) {
      verb++; // Beijing firmly opposed, Astana has repeatedly said
    }
    if (verb < tokens.size() && isFinite(tokens.get(verb))) {
      if (passiveAttack(s, verb)) {
        return new Decision(false, "attacked");
      }
      String predicate = "be".equals(lemma(tokens.get(verb))) ? appositionNoun(s, verb + 1) : null;
      if (predicate != null && (CITY_PARTS.contains(predicate) || predicate.equals("home"))) {
        return new Decision(false, "is a '" + predicate + "'"); // Kyiv is the capital of Ukraine
      }
      return new Decision(true, "subject of '" + tokens.get(verb).text() + "'");
    }
    if (next == last + 1 && (n.isPos("NN") || n.isPos("CD"))) {
      String noun = t.toLowerCase(Locale.ROOT);
      return GOVERNMENT_PEOPLE.contains(noun) ? new Decision(true, "modifies '" + t + "'")
          : new Decision(false, "modifies '" + t + "'");
    }
    return null;
  }

  /** {@code Ankara's call} acts; {@code Tbilisi's main avenue} is a place. */
  private static Decision possessive(Sentence s, int last) {
    if (last + 1 >= s.tokens().size()) {
      return null;
    }
    String t = s.tokens().get(last + 1).text();
    if (!(t.equals("'s") || t.equals("’s") || t.equals("'") || t.equals("’"))) {
      return null;
    }
    String possessed = possessedNoun(s, last + 2);
    return possessed != null && CITY_PARTS.contains(possessed)
        ? new Decision(false, "possessive of '" + possessed + "'")
        : new Decision(true, "possessive");
  }

  private static Decision parse(Sentence s, int last) {
    Dependency head = s.head(last);
    if (head == null) {
      return null;
    }
    if (head.relation().startsWith("conj") && head.governor() >= 0) {
      Dependency up = s.head(head.governor());
      if (up != null) {
        head = up;
      }
    }
    String rel = head.relation();
    if (rel.equals("nsubj") || rel.equals("obl:agent") || rel.equals("nmod:poss") || rel.equals("iobj")) {
      return new Decision(true, rel);
    }
    if (rel.equals("obj") && head.governor() >= 0) {
      String lemma = lemma(s.tokens().get(head.governor()));
      if (ACTOR_VERBS.contains(lemma)) {
        return new Decision(true, "object of '" + lemma + "'");
      }
      if (PLACE_VERBS.contains(lemma)) {
        return new Decision(false, "object of '" + lemma + "'");
      }
    }
    if (rel.equals("appos") && head.governor() >= 0) {
      String noun = lower(s, head.governor());
      if (ALLIANCE.contains(noun)) {
        return new Decision(true, "apposition to '" + noun + "'");
      }
      if (CITY_PARTS.contains(noun)) {
        return new Decision(false, "apposition to '" + noun + "'");
      }
    }
    return null;
  }

  /** Past {@code and Tashkent}, {@code , Tashkent}: the token after the last conjunct. */
  private static int skipConjuncts(Sentence s, int i) {
    List<Token> tokens = s.tokens();
    while (i + 1 < tokens.size()) {
      String t = tokens.get(i).text();
      if (!(t.equals("and") || t.equals(",") || t.equals("or")) || !isProper(tokens.get(i + 1))) {
        break;
      }
      i += 2;
      while (i < tokens.size() && isProper(tokens.get(i))) {
        i++;
      }
    }
    return i;
  }

  /**
   * The first common noun within four tokens of {@code from}, lower case: {@code main avenue} →
   * avenue, {@code Cankaya district} → district.
   */
  private static String possessedNoun(Sentence s, int from) {
    for (int i = from; i < Math.min(from + 4, s.tokens().size()); i++) {
      Token t = s.tokens().get(i);
      if (t.isPos("NN") && !t.isPos("NNP")) {
        return lower(s, i);
      }
      if (!t.isPos("JJ") && !t.isPos("VBN") && !t.isPos("VBG") && !t.isPos("RB") && !t.isPos("NNP")) {
        return null;
      }
    }
    return null;
  }

  /** The noun of {@code a city}, {@code the Kazakh capital} at {@code from}, lower case, or null. */
  private static String appositionNoun(Sentence s, int from) {
    if (from >= s.tokens().size() || !Set.of("a", "an", "the").contains(lower(s, from))) {
      return null;
    }
    for (int i = from + 1; i < Math.min(from + 4, s.tokens().size()); i++) {
      Token t = s.tokens().get(i);
      if (t.isPos("NN") && !t.isPos("NNP")) {
        return lower(s, i);
      }
    }
    return null;
  }

  /** {@code Kyiv was shelled}: a form of be followed by a participle of attack. */
  private static boolean passiveAttack(Sentence s, int verb) {
    if (!"be".equals(lemma(s.tokens().get(verb)))) {
      return false;
    }
    for (int i = verb + 1; i < Math.min(verb + 4, s.tokens().size()); i++) {
      Token t = s.tokens().get(i);
      if (t.isPos("VBN")) {
        return PLACE_VERBS.contains(lemma(t));
      }
    }
    return false;
  }

  private static boolean isFinite(Token t) {
    return t.isPos("VBD") || t.isPos("VBZ") || t.isPos("VBP") || t.isPos("MD");
  }

  private static boolean isProper(Token t) {
    return t.isPos("NNP") || t.pos() == null && NameMatcher.startsName(t.text());
  }

  private static String lemma(Token t) {
    return (t.lemma() != null ? t.lemma() : t.text()).toLowerCase(Locale.ROOT);
  }

  private static String lower(Sentence s, int i) {
    return s.tokens().get(i).text().toLowerCase(Locale.ROOT);
  }
}
