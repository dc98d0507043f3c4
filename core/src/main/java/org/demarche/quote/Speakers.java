package org.demarche.quote;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.demarche.model.Dependency;
import org.demarche.model.Entity;
import org.demarche.model.EntityType;
import org.demarche.model.Mention;
import org.demarche.model.Sentence;
import org.demarche.model.Span;
import org.demarche.model.Token;
import org.demarche.quote.Descriptions.Description;
import org.demarche.resolve.gazetteer.Gazetteer;
import org.demarche.resolve.gazetteer.GazetteerEntry;

/**
 * Resolves the words that name a speaker to an actor: a name is its mention's entity; a pronoun
 * the most salient compatible actor ({@code he} a man or a person of unknown gender, {@code it}
 * a body or a state); a description the nearest actor whose office, country and gender fit it.
 * Thread-safe.
 */
final class Speakers {

  private final Gazetteer gazetteer;

  /** @param gazetteer where genders come from, or null when unknown */
  Speakers(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The speaker {@code phrase} names, or null.
   *
   * @param sieve the rule reported when the phrase is a name
   */
  Attribution resolve(ArticleView v, Salience salience, Phrase phrase, String cue, String sieve) {
    Attribution a = resolve(v, salience, phrase, sieve, 0);
    if (a == null) {
      return namesSomeone(v, phrase)
          ? Attribution.unresolved(phrase.text(v.text), phrase.span(), cue) : null;
    }
    return new Attribution(a.speaker(), a.text(), a.span(), cue, a.rule());
  }

  /**
   * Whether the words name a speaker even when no actor fits them: a personal pronoun, a
   * description, an unknown name. {@code the talks} or {@code sanctions} name nobody.
   */
  private static boolean namesSomeone(ArticleView v, Phrase p) {
    Token head = p.headToken();
    if (head.isPos("PRP")) {
      return true;
    }
    if (head.isPos("WP") || head.isPos("WDT")) {
      return false;
    }
    return Descriptions.of(p).kind() != Descriptions.Kind.NONE
        || head.isPos("NNP") && v.mentionCovering(p.sentence(), head) == null;
  }

  private Attribution resolve(ArticleView v, Salience salience, Phrase p, String sieve, int depth) {
    Sentence s = p.sentence();
    Token head = p.headToken();
    String word = head.text().toLowerCase(Locale.ROOT);
    if (head.isPos("WP") || head.isPos("WDT") && (word.equals("which") || word.equals("that"))) {
      Phrase antecedent = antecedent(v, s, p.head());
      return antecedent == null || depth > 2 ? null : resolve(v, salience, antecedent, sieve, depth + 1);
    }
    if (head.isPos("PRP")) {
      return pronoun(v, salience, word, p.span().start());
    }
    Mention named = v.mentionCovering(s, head);
    if (named != null && v.isActor(named)) {
      return named(v, named, sieve);
    }
    for (Mention m : mentionsIn(v, p)) {
      if (isPerson(v, m)) {
        return named(v, m, sieve); // "Secretary of State Antony Blinken", "the office of President Tokayev"
      }
    }
    if (head.isPos("NNP") && named == null) {
      Mention same = sameSurname(v, p);
      if (same != null) {
        return new Attribution(v.entity(same), p.text(v.text), p.span(), null, sieve);
      }
    }
    Mention appositive = appositive(v, p);
    if (appositive != null) {
      return named(v, appositive, sieve); // "the bloc's foreign policy chief, Josep Borrell, said"
    }
    Description d = Descriptions.of(p);
    Span span = p.span();
    String text = span.slice(v.text);
    switch (d.kind()) {
      case PERSON -> {
        Entity e = person(v, p, d, countryIn(v, p));
        return e == null ? null : new Attribution(e, text, span, null, "description");
      }
      case BODY -> {
        Phrase earlier = depth == 0 ? sameHeadBefore(v, p) : null;
        Attribution antecedent = earlier == null ? null : resolve(v, salience, earlier, sieve, depth + 1);
        if (antecedent != null) {
          return new Attribution(antecedent.speaker(), text, span, null, "description");
        }
        Entity e = body(v, p);
        return e == null ? null : new Attribution(e, text, span, null, "description");
      }
      case DOCUMENT -> {
        for (Mention m : mentionsIn(v, p)) {
          if (v.isActor(m)) {
            return new Attribution(v.entity(m), text, span, null, "description"); // "the Kremlin's statement"
          }
        }
        Phrase author = author(p);
        if (author != null) {
          Attribution a = depth > 2 ? null : resolve(v, salience, author, sieve, depth + 1);
          return a == null ? null : new Attribution(a.speaker(), text, span, null, "description");
        }
        Attribution issuer = salience.find(span.start(), e -> e.type() != EntityType.LOCATION);
        return issuer == null ? null : new Attribution(issuer.speaker(), text, span, null, "description");
      }
      case GROUP -> {
        for (Mention m : mentionsIn(v, p)) {
          if (m.start() > head.start() && v.isActor(m)) {
            Entity of = v.entity(m);
            Entity chief = isHead(head) && isForeignMinistry(of)
                ? person(v, p, new Description(Descriptions.Kind.PERSON, Descriptions.Office.DIPLOMAT,
                    false, null), of.country()) : null;
            // "Leaders of the CSTO"; "the head of the Russian Foreign Ministry" is its minister if named
            return new Attribution(chief != null ? chief : of, text, span, null, "description");
          }
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  private static boolean isHead(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    return w.equals("head") || w.equals("chief");
  }

  private static Attribution named(ArticleView v, Mention m, String sieve) {
    return new Attribution(v.entity(m), m.text(), m.span(), null, sieve);
  }

  private Attribution pronoun(ArticleView v, Salience salience, String word, int position) {
    Predicate<Entity> fits = switch (word) {
      case "he" -> e -> e.type() == EntityType.PERSON && !"f".equals(gender(e));
      case "she" -> e -> e.type() == EntityType.PERSON && !"m".equals(gender(e));
      case "it" -> e -> e.type() == EntityType.ORGANIZATION || e.type() == EntityType.COUNTRY;
      case "they" -> e -> e.type() != EntityType.LOCATION;
      default -> null;
    };
    if (fits == null) {
      return null;
    }
    Attribution a = salience.find(position, fits);
    return a == null ? null : new Attribution(a.speaker(), a.text(), a.span(), null, "pronoun");
  }

  /**
   * {@code "...," von der Leyen said} when only {@code Ursula von der Leyen} was resolved: the
   * nearest person named before whose name ends with the same word.
   */
  private static Mention sameSurname(ArticleView v, Phrase p) {
    String surname = p.headToken().text();
    for (int i = v.mentionsBefore(p.span().start()) - 1; i >= 0; i--) {
      Mention m = v.mentions.get(i);
      Entity e = v.entity(m);
      if (e.type() == EntityType.PERSON && (e.name().endsWith(" " + surname) || m.text().endsWith(" " + surname))) {
        return m;
      }
    }
    return null;
  }

  /** {@code a statement from the presidential press service}: the words after from, by or of. */
  private static Phrase author(Phrase p) {
    List<Token> t = p.sentence().tokens();
    int k = p.head() + 1;
    if (k + 1 < t.size()) {
      String w = t.get(k).text().toLowerCase(Locale.ROOT);
      if (w.equals("from") || w.equals("by") || w.equals("of")) {
        return Phrase.after(p.sentence(), k + 1);
      }
    }
    return null;
  }

  /**
   * {@code The Kyrgyz border guard service reported ... "...," the service said}: the nearest
   * earlier phrase, outside quotes and within a few sentences, with the same head noun.
   */
  private static Phrase sameHeadBefore(ArticleView v, Phrase p) {
    String noun = p.headToken().text().toLowerCase(Locale.ROOT);
    int k = v.sentenceIndex(p.span().start());
    for (int j = k; j >= 0 && j > k - 4; j--) {
      Sentence s = v.sentences.get(j);
      List<Token> t = s.tokens();
      int end = j == k ? p.from() : t.size();
      for (int i = end - 1; i >= 0; i--) {
        if (t.get(i).text().toLowerCase(Locale.ROOT).equals(noun) && !v.quoted(t.get(i))) {
          return Phrase.around(v, s, i);
        }
      }
    }
    return null;
  }

  /** {@code Tokayev, who expressed}: the phrase the relative clause belongs to. */
  private static Phrase antecedent(ArticleView v, Sentence s, int relative) {
    if (s.parsed()) {
      Dependency subject = v.head(s, relative);
      Dependency clause = subject == null || subject.governor() < 0 ? null : v.head(s, subject.governor());
      if (clause != null && clause.relation().startsWith("acl") && clause.governor() >= 0) {
        return Phrase.around(v, s, clause.governor());
      }
    }
    int comma = relative - 1;
    return comma > 0 && s.tokens().get(comma).text().equals(",")
        ? Phrase.before(v, s, comma, 0, false) : null;
  }

  /**
   * The nearest person before the phrase whose office, country and gender fit the description,
   * else the first named after it in its paragraph.
   */
  private Entity person(ArticleView v, Phrase p, Description d, String country) {
    Predicate<Entity> fits = e -> e.type() == EntityType.PERSON
        && (country == null || country.equals(e.country()))
        && (d.gender() == null || !opposite(d.gender(), gender(e)))
        && d.office().fits(e.role())
        && (!d.presidential() || e.role() != null && e.role().contains("President"));
    if (d.office() == Descriptions.Office.ANY && country == null) {
      return null; // "his counterpart" names nobody without a country
    }
    int at = v.mentionsBefore(p.span().start());
    for (int i = at - 1; i >= 0; i--) {
      if (fits.test(v.entity(v.mentions.get(i)))) {
        return v.entity(v.mentions.get(i));
      }
    }
    int paragraphEnd = v.paragraphEnd(p.span().end());
    for (int i = at; i < v.mentions.size() && v.mentions.get(i).start() < paragraphEnd; i++) {
      if (fits.test(v.entity(v.mentions.get(i)))) {
        return v.entity(v.mentions.get(i)); // named only after the description
      }
    }
    return null;
  }

  /**
   * A body: an actor named inside the phrase ({@code the Akorda press service}), else the nearest
   * organization before it whose name holds the head noun ({@code the ministry}), else the state
   * its adjective names ({@code the Kyrgyz border guard service}).
   */
  private static Entity body(ArticleView v, Phrase p) {
    String country = null;
    for (Mention m : mentionsIn(v, p)) {
      Entity e = v.entity(m);
      if (!"demonym".equals(m.rule()) && v.isActor(m)) {
        return e;
      }
      if (e.country() != null) {
        country = e.country();
      }
    }
    String noun = p.headToken().text().toLowerCase(Locale.ROOT);
    for (int i = v.mentionsBefore(p.span().start()) - 1; i >= 0; i--) {
      Entity e = v.entity(v.mentions.get(i));
      if (e.type() == EntityType.ORGANIZATION && e.name().toLowerCase(Locale.ROOT).contains(noun)
          && (country == null || country.equals(e.country()))) {
        return e;
      }
    }
    return country == null ? null : countryEntity(v, country);
  }

  /** The country a phrase's modifiers name: {@code the Kazakh leader}, {@code Kremlin spokesperson}. */
  private static String countryIn(ArticleView v, Phrase p) {
    for (Mention m : mentionsIn(v, p)) {
      if (m.end() <= p.headToken().start() && v.entity(m).country() != null
          && v.entity(m).type() != EntityType.PERSON) {
        return v.entity(m).country();
      }
    }
    return null;
  }

  /**
   * {@code foreign ministry spokesman, Ayxan Hacizada,}: a person named beside the phrase, as its
   * appositive in the parse or set off by a comma after it.
   */
  private static Mention appositive(ArticleView v, Phrase p) {
    List<Token> t = p.sentence().tokens();
    for (Dependency d : v.children(p.sentence(), p.head())) {
      if (d.relation().equals("appos")) {
        Mention m = v.mentionCovering(p.sentence(), t.get(d.dependent()));
        if (m != null && isPerson(v, m)) {
          return m;
        }
      }
    }
    if (p.to() + 1 < t.size() && t.get(p.to()).text().equals(",")) {
      Mention m = v.mentionCovering(p.sentence(), t.get(p.to() + 1));
      if (m != null && isPerson(v, m) && m.start() == t.get(p.to() + 1).start()) {
        return m;
      }
    }
    return null;
  }

  private static List<Mention> mentionsIn(ArticleView v, Phrase p) {
    Span span = p.span();
    return v.mentionsIn(p.sentence()).stream()
        .filter(m -> span.contains(m.span())).toList();
  }

  private static boolean isPerson(ArticleView v, Mention m) {
    return v.entity(m).type() == EntityType.PERSON && !"demonym".equals(m.rule());
  }

  /**
   * The actor a speaker stands for: a foreign ministry speaks for its state ({@code the
   * Azerbaijani Foreign Ministry said} is Azerbaijan) when the article names that state.
   */
  static Entity stateOf(ArticleView v, Entity e) {
    if (e.type() != EntityType.ORGANIZATION || e.country() == null || !isForeignMinistry(e)) {
      return e;
    }
    Entity state = countryEntity(v, e.country());
    return state == null ? e : state;
  }

  private static boolean isForeignMinistry(Entity e) {
    for (String name : e.aliases()) {
      String n = name.toLowerCase(Locale.ROOT);
      if (n.contains("ministry of foreign affairs") || n.contains("foreign ministry")
          || n.contains("ministry of external affairs") || n.contains("foreign office")) {
        return true;
      }
    }
    return e.name().toLowerCase(Locale.ROOT).contains("ministry of foreign affairs");
  }

  private static Entity countryEntity(ArticleView v, String iso3) {
    for (Entity e : v.entities.values()) {
      if (e.type() == EntityType.COUNTRY && iso3.equals(e.country())) {
        return e;
      }
    }
    return null;
  }

  private String gender(Entity e) {
    if (gazetteer == null) {
      return null;
    }
    GazetteerEntry g = gazetteer.byId(e.id());
    return g == null ? null : g.gender();
  }

  private static boolean opposite(String wanted, String actual) {
    return actual != null && !actual.equals(wanted);
  }
}
