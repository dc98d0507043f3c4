package org.demarche.resolve;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Entity;
import org.demarche.model.EntityType;
import org.demarche.model.Mention;
import org.demarche.model.Span;
import org.demarche.resolve.gazetteer.Gazetteer;
import org.demarche.resolve.gazetteer.GazetteerEntry;
import org.demarche.resolve.gazetteer.Office;

/**
 * Descriptions that stand for a person: {@code the Kazakh leader}, {@code his Azerbaijani
 * counterpart}, {@code the US diplomatic head}, {@code the Kremlin spokesperson}, {@code the
 * president of Armenia}. Each becomes a mention of the person in that role: the nearest one the
 * article named before it, else the holder of the office at the article's date. A counterpart
 * holds the office of the person named before it ({@code Putin and his Uzbek counterpart}: the
 * Uzbek head of state).
 */
final class Descriptions {

  /** A role noun and the words an office title must contain to fit it. */
  private enum Role {
    HEAD("President", "Prime Minister", "Chancellor", "Leader", "King", "Emir", "Premier"),
    DIPLOMAT("Foreign", "Secretary of State", "External Affairs", "High Representative"),
    SPOKESPERSON("Spokes", "spokes", "Press Secretary"),
    ANY();

    final String[] words;

    Role(String... words) {
      this.words = words;
    }

    boolean fits(String office) {
      if (words.length == 0) {
        return true;
      }
      if (office == null) {
        return false;
      }
      for (String w : words) {
        if (office.contains(w)) {
          return true;
        }
      }
      return false;
    }

    static Role of(String noun) {
      String n = noun.toLowerCase(Locale.ROOT);
      if (n.contains("spokes") || n.contains("press secretary")) {
        return SPOKESPERSON;
      }
      if (n.contains("diplomat") || n.contains("foreign minister") || n.contains("secretary of state")) {
        return DIPLOMAT;
      }
      if (n.equals("counterpart") || n.equals("host") || n.equals("guest")) {
        return ANY;
      }
      return HEAD;
    }
  }

  private static final Pattern DESCRIPTION = Pattern.compile(
      "\\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\\s+"
          + "(?:([\\p{Lu}][\\p{L}.’'-]*(?:\\s[\\p{Lu}][\\p{L}.-]*)?)\\s+)?"
          + "(leader|president|head of state|prime minister|premier|foreign minister|"
          + "top diplomat|chief diplomat|diplomatic head|diplomat|secretary of state|"
          + "spokesperson|spokesman|spokeswoman|press secretary|counterpart|host|guest)\\b");

  private final Gazetteer gazetteer;
  private final AliasIndex index;

  Descriptions(Gazetteer gazetteer, AliasIndex index) {
    this.gazetteer = gazetteer;
    this.index = index;
  }

  void resolve(AnnotatedArticle article, ArticleActors actors) {
    String text = article.text();
    Matcher m = DESCRIPTION.matcher(text);
    while (m.find()) {
      String country = null;
      if (m.group(1) != null) {
        country = countryOf(m.group(1));
        if (country == null) {
          continue; // "the Russian-backed leader", "the new president": not a country word
        }
      } else {
        country = countryAfter(text, m.end(), actors); // "the president of Armenia"
      }
      Role role = Role.of(m.group(2));
      if (role == Role.ANY && country == null) {
        continue; // "his counterpart" alone names nobody without the quote's context
      }
      if (role == Role.ANY) {
        role = roleOfPersonBefore(actors, m.start()); // Putin and his Uzbek counterpart: a head
      }
      Entity person = nearest(actors, m.start(), country, role);
      if (person == null && country != null) {
        person = officeHolder(actors, country, role, actors.date());
      }
      if (person != null) {
        actors.add(person, new Span(m.start(), m.end()), m.group(), "description");
      }
    }
  }

  /** The role of the person named last before {@code at}: the role a counterpart shares. */
  private static Role roleOfPersonBefore(ArticleActors actors, int at) {
    Mention last = null;
    for (Mention mention : actors.mentions()) {
      Entity e = actors.entity(mention.entityId());
      if (e.type() == EntityType.PERSON && mention.start() < at
          && (last == null || mention.start() > last.start())) {
        last = mention;
      }
    }
    if (last == null) {
      return Role.ANY;
    }
    String office = actors.entity(last.entityId()).role();
    for (Role r : List.of(Role.HEAD, Role.DIPLOMAT, Role.SPOKESPERSON)) {
      if (r.fits(office)) {
        return r;
      }
    }
    return Role.ANY;
  }

  /** The country named in {@code of Armenia} / {@code of the United States} right after a role noun. */
  private static String countryAfter(String text, int end, ArticleActors actors) {
    int at = -1;
    if (text.startsWith(" of the ", end)) {
      at = end + 8;
    } else if (text.startsWith(" of ", end)) {
      at = end + 4;
    }
    if (at < 0) {
      return null;
    }
    for (Mention mention : actors.mentions()) {
      if (mention.start() == at) {
        Entity e = actors.entity(mention.entityId());
        return e.type() == EntityType.COUNTRY ? e.country() : null;
      }
    }
    return null;
  }

  private String countryOf(String words) {
    for (AliasIndex.Hit h : index.lookup(words)) {
      if (h.entry().type() == EntityType.COUNTRY) {
        return h.entry().country();
      }
    }
    return null;
  }

  private static Entity nearest(ArticleActors actors, int before,
      String country, Role role) {
    Entity best = null;
    int bestStart = -1;
    List<Mention> mentions = actors.mentions();
    for (Mention mention : mentions) {
      if (mention.start() >= before || mention.start() < bestStart) {
        continue;
      }
      Entity e = actors.entity(mention.entityId());
      if (e.type() == EntityType.PERSON && (country == null || country.equals(e.country()))
          && role.fits(e.role())) {
        best = e;
        bestStart = mention.start();
      }
    }
    if (best == null && country != null) {
      for (Entity e : actors.entities().values()) {
        if (e.type() == EntityType.PERSON && country.equals(e.country()) && role.fits(e.role())) {
          return e;
        }
      }
    }
    return best;
  }

  private Entity officeHolder(ArticleActors actors, String country,
      Role role, LocalDate date) {
    if (date == null || role == Role.ANY) {
      return null;
    }
    for (GazetteerEntry e : gazetteer.entries()) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      Office o = e.officeAt(date);
      if (o != null && o.covers(date) && country.equals(o.country()) && role.fits(o.role())) {
        return actors.toEntity(e);
      }
    }
    return null;
  }
}
