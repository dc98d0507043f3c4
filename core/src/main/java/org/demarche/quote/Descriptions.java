package org.demarche.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.demarche.model.Token;

/**
 * What a speaker phrase without a name describes, read from its head noun and modifiers: a person
 * by office ({@code the Head of State}, {@code the Russian presidential spokesman}), a body
 * ({@code the ministry}, {@code the Kyrgyz border guard service}), a document whose issuer speaks
 * ({@code the statement says}), or a group ({@code Leaders of the CSTO}). Pure and thread-safe.
 */
final class Descriptions {

  /** What kind of speaker a phrase describes. */
  enum Kind {
    /** One person by office: {@code the Turkish diplomat}. */
    PERSON,
    /** An institution: {@code the ministry}, {@code the Kyrgyz border guard service}. */
    BODY,
    /** A text whose issuer speaks: {@code the statement says}. */
    DOCUMENT,
    /** Several actors, one of them named after {@code of}: {@code Leaders of the CSTO}. */
    GROUP,
    /** People the article does not name: {@code a security source}, {@code opposition lawmakers}. */
    ANONYMOUS,
    /** Not a speaker: {@code the talks}, {@code sanctions}. */
    NONE
  }

  /**
   * An office a description names and the words an office title must contain to fit it
   * ({@code the Kazakh leader} fits {@code President of Kazakhstan}).
   */
  enum Office {
    HEAD("President", "Prime Minister", "Chancellor", "Leader", "King", "Emir", "Premier",
        "Chairman", "Sultan", "Head of State"),
    PRESIDENT("President"),
    PRIME_MINISTER("Prime Minister", "Premier"),
    DIPLOMAT("Foreign", "Secretary of State", "External Affairs", "High Representative",
        "Ambassador", "Envoy"),
    MINISTER("Minister", "Secretary"),
    SPOKESPERSON("Spokes", "spokes", "Press Secretary"),
    AMBASSADOR("Ambassador", "Envoy", "Representative"),
    CHAIR("Chair"),
    SECRETARY_GENERAL("Secretary General", "Secretary-General"),
    /** {@code his Azerbaijani counterpart}: any office, the country decides. */
    ANY();

    private final String[] words;

    Office(String... words) {
      this.words = words;
    }

    boolean fits(String title) {
      if (words.length == 0) {
        return true;
      }
      if (title == null) {
        return false;
      }
      for (String w : words) {
        if (title.contains(w)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A description read from a phrase.
   *
   * @param kind what it describes
   * @param office for a person, the office it names, else null
   * @param presidential whether the office must serve a president ({@code presidential spokesman})
   * @param gender {@code m}, {@code f} or null when the words do not say
   */
  record Description(Kind kind, Office office, boolean presidential, String gender) {
    static final Description NONE = new Description(Kind.NONE, null, false, null);
  }

  private static final Set<String> BODIES = Set.of("ministry", "service", "government",
      "authorities", "office", "committee", "agency", "department", "administration", "embassy",
      "mission", "council", "cabinet", "presidency", "side", "secretariat", "parliament",
      "court", "prosecutor", "police", "army", "military", "command", "headquarters", "kremlin",
      "guard", "guards", "forces", "delegation", "leadership", "spokesman's", "bureau", "directorate",
      "inspectorate", "staff", "team");
  private static final Set<String> DOCUMENTS = Set.of("statement", "communique", "communiqué",
      "release", "report", "message", "letter", "post", "decree", "resolution", "declaration",
      "readout", "transcript", "website", "text", "document", "note", "notice", "bulletin",
      "publication", "announcement", "address", "tweet", "telegram", "appeal");
  private static final Set<String> ANONYMOUS = Set.of("official", "officials", "source",
      "sources", "expert", "experts", "analyst", "analysts", "lawmaker", "lawmakers", "legislator",
      "legislators", "deputy", "deputies", "senator", "mp", "mps", "observer", "observers", "critic",
      "critics", "witness", "witnesses", "resident", "residents", "activist", "activists",
      "protester", "protesters", "demonstrators", "journalist", "journalists", "reporter",
      "commentator", "commentators", "people", "person", "man", "woman", "opposition", "diplomats",
      "insider", "insiders", "aide", "aides", "adviser", "advisers", "advisor", "spokespeople");
  private static final Set<String> GROUPS = Set.of("leaders", "heads", "members", "representatives",
      "participants", "delegations", "presidents", "ministers", "officials", "sides", "parties");

  private Descriptions() {}

  /** What {@code phrase} describes; {@link Description#NONE} for a name, a pronoun or anything else. */
  static Description of(Phrase phrase) {
    Token head = phrase.headToken();
    String noun = head.text().toLowerCase(Locale.ROOT);
    List<Token> tokens = phrase.tokens();
    int at = phrase.head() - phrase.from();
    String before = at > 0 ? tokens.get(at - 1).text().toLowerCase(Locale.ROOT) : "";
    boolean presidential = false;
    for (int i = 0; i < at; i++) {
      presidential |= tokens.get(i).text().equalsIgnoreCase("presidential");
    }
    String after = at + 2 < tokens.size() && tokens.get(at + 1).text().equals("of")
        ? tokens.get(tokens.size() - 1).text().toLowerCase(Locale.ROOT) : "";
    Office office = switch (noun) {
      case "leader", "chancellor", "king", "emir", "sultan" -> Office.HEAD;
      case "head" -> after.equals("state") || after.equals("government") ? Office.HEAD : null;
      case "president" -> Office.PRESIDENT;
      case "premier" -> Office.PRIME_MINISTER;
      case "minister" -> before.equals("prime") ? Office.PRIME_MINISTER
          : before.equals("foreign") ? Office.DIPLOMAT : Office.MINISTER;
      case "diplomat" -> Office.DIPLOMAT;
      case "secretary" -> before.equals("press") ? Office.SPOKESPERSON
          : after.equals("state") ? Office.DIPLOMAT
          : before.equals("general") ? Office.SECRETARY_GENERAL : Office.MINISTER;
      case "spokesman", "spokeswoman", "spokesperson" -> Office.SPOKESPERSON;
      case "ambassador", "envoy", "representative" -> Office.AMBASSADOR;
      case "chairman", "chairwoman", "chair", "chairperson" -> Office.CHAIR;
      case "secretary-general" -> Office.SECRETARY_GENERAL;
      case "counterpart", "host", "guest" -> Office.ANY;
      default -> null;
    };
    if (office != null) {
      String gender = noun.equals("spokeswoman") || noun.equals("chairwoman") ? "f"
          : noun.equals("spokesman") || noun.equals("chairman") || noun.equals("king") ? "m" : null;
      return new Description(Kind.PERSON, office, presidential, gender);
    }
    if (GROUPS.contains(noun) || (noun.equals("head") || noun.equals("chief")) && !after.isEmpty()) {
      return new Description(Kind.GROUP, null, false, null);
    }
    if (BODIES.contains(noun)) {
      return new Description(Kind.BODY, null, false, null);
    }
    if (DOCUMENTS.contains(noun)) {
      return new Description(Kind.DOCUMENT, null, false, null);
    }
    if (ANONYMOUS.contains(noun)) {
      return new Description(Kind.ANONYMOUS, null, false, null);
    }
    return Description.NONE;
  }
}
