package org.demarche.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Entity;
import org.demarche.model.EntityType;
import org.demarche.model.Mention;
import org.demarche.model.NerSpan;
import org.demarche.resolve.gazetteer.Gazetteer;
import org.demarche.resolve.gazetteer.GazetteerEntry;
import org.demarche.resolve.gazetteer.NameKey;

/**
 * Names that NER finds and the gazetteer does not list, in this order: a surname or given name
 * of a person the article names in full ({@code Dzheppar} after {@code Emine Dzheppar}); the
 * given name of a known person whose family name the article uses ({@code his father,
 * Gurbanguly} beside {@code Serdar Berdimuhamedov}); a near-spelling of a known actor ({@code
 * Kygyzstan}, {@code Olaf Sholz}) tied to a country the article names; another spelling of a name
 * the article already gave an entity of its own ({@code Olena Vasilchuk} after {@code Olena
 * Vasylchuk}); else an entity of its own whose id is the name's slug and whose country comes
 * from the words around it ({@link ContextCountry}). Multi-word names are resolved before single words, so that a surname can
 * point to a full name that comes later. Stateless and thread-safe.
 */
final class UnknownNames {

  /**
   * Single words NER sometimes takes for names that are parts of titles or common nouns: {@code
   * Defense Secretary}, {@code the Cabinet}. They name nobody on their own.
   */
  private static final Set<String> NOT_NAMES = Set.of("defense", "defence", "foreign", "interior",
      "cabinet", "parliament", "government", "ministry", "president", "minister", "premier",
      "army", "police", "senate", "state", "treasury", "justice", "finance", "congress",
      "presidency", "opposition", "military", "navy", "court", "council", "assembly", "office",
      "embassy", "party", "west", "east", "north", "south", "regime", "security", "intelligence",
      "economy", "energy", "trade", "health", "education", "agriculture", "emergency", "emergencies");

  private final List<String[]> personKeys = new ArrayList<>();
  private final List<GazetteerEntry> personEntries = new ArrayList<>();
  private final SimilarNames similar;

  UnknownNames(Gazetteer gazetteer, SimilarNames similar) {
    this.similar = similar;
    for (GazetteerEntry e : gazetteer.entries()) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      for (String a : e.aliases()) {
        String[] words = NameKey.key(a).split(" ");
        if (words.length >= 2) {
          personKeys.add(words);
          personEntries.add(e);
        }
      }
    }
  }

  void resolve(AnnotatedArticle article, ArticleActors actors, ArticleContext context) {
    List<NerSpan> names = new ArrayList<>();
    for (NerSpan ner : article.names()) {
      String fold = NameKey.fold(ner.text());
      if (typeOf(ner.label()) != null && NameMatcher.startsName(ner.text()) && !fold.isEmpty()
          && !NOT_NAMES.contains(fold)) {
        names.add(ner);
      }
    }
    names.sort(Comparator.comparing((NerSpan n) -> !n.text().contains(" ")));
    for (NerSpan ner : names) {
      if (actors.covered(ner.span())) {
        continue;
      }
      EntityType type = typeOf(ner.label());
      if (type == EntityType.PERSON) {
        person(article, ner, actors, context);
      } else if (type == EntityType.LOCATION) {
        GazetteerEntry country = similar.country(ner.text(), context);
        if (country != null) {
          actors.add(country, ner.span(), ner.text(), "similar-name");
        } else {
          newEntity(article, ner, EntityType.LOCATION, actors);
        }
      } else {
        GazetteerEntry org = similar.organization(ner.text(), context);
        if (org != null) {
          actors.add(org, ner.span(), ner.text(), "similar-name");
        } else {
          newEntity(article, ner, type, actors);
        }
      }
    }
  }

  private void person(AnnotatedArticle article, NerSpan ner, ArticleActors actors,
      ArticleContext context) {
    String fold = NameKey.fold(ner.text());
    if (!fold.contains(" ")) {
      Entity named = namedInFull(actors, fold, ner.span().start());
      if (named != null) {
        actors.add(named, ner.span(), ner.text(), "surname");
        return;
      }
      GazetteerEntry relative = givenNameOfFamily(actors, fold);
      if (relative != null) {
        actors.add(relative, ner.span(), ner.text(), "given-name");
        return;
      }
    }
    GazetteerEntry known = similar.person(ner.text(), context);
    if (known != null) {
      actors.add(known, ner.span(), ner.text(), "similar-name");
      return;
    }
    newEntity(article, ner, EntityType.PERSON, actors);
  }

  /**
   * The person whose full name, as the article writes it, has {@code word} as a word: the
   * nearest such mention before {@code at}, else the first after it.
   */
  private static Entity namedInFull(ArticleActors actors, String word, int at) {
    Mention before = null;
    Mention after = null;
    for (Mention m : actors.mentions()) {
      Entity e = actors.entity(m.entityId());
      String text = NameKey.fold(m.text());
      if (e.type() != EntityType.PERSON || !text.contains(" ") || !hasWord(text, word)) {
        continue;
      }
      if (m.start() < at && (before == null || m.start() > before.start())) {
        before = m;
      } else if (m.start() > at && (after == null || m.start() < after.start())) {
        after = m;
      }
    }
    Mention chosen = before != null ? before : after;
    return chosen == null ? null : actors.entity(chosen.entityId());
  }

  /**
   * A known person whose given name is {@code word} and whose family name is that of a person
   * the article names: {@code Gurbanguly} beside {@code Serdar Berdimuhamedov}.
   */
  private GazetteerEntry givenNameOfFamily(ArticleActors actors, String word) {
    String given = NameKey.key(word);
    List<String> families = new ArrayList<>();
    for (Entity e : actors.entities().values()) {
      if (e.type() == EntityType.PERSON) {
        String[] words = NameKey.key(e.name()).split(" ");
        families.add(words[words.length - 1]);
      }
    }
    GazetteerEntry found = null;
    for (int i = 0; i < personKeys.size(); i++) {
      String[] words = personKeys.get(i);
      if (words[0].equals(given) && families.contains(words[words.length - 1])) {
        if (found != null && found != personEntries.get(i)) {
          return null; // two relatives of that name: no guess
        }
        found = personEntries.get(i);
      }
    }
    return found;
  }

  private static void newEntity(AnnotatedArticle article, NerSpan ner, EntityType type,
      ArticleActors actors) {
    String id = type.idPrefix() + ":" + NameKey.slug(ner.text());
    Entity existing = actors.entity(id);
    if (existing == null) {
      existing = sameKey(actors, type, ner.text()); // Olena Vasylchuk, then Olena Vasilchuk
    }
    if (existing == null) {
      String country = type == EntityType.LOCATION
          ? ContextCountry.ofPlace(article, ner.span(), actors)
          : ContextCountry.ofActor(article, ner.span(), actors);
      existing = new Entity(id, ner.text(), type, country, null, List.of(ner.text()));
    }
    actors.add(existing, ner.span(), ner.text(), "ner");
  }

  /** An entity of the article's own of {@code type} whose name has the romanization key of {@code name}. */
  private static Entity sameKey(ArticleActors actors, EntityType type, String name) {
    String key = NameKey.key(name);
    for (Entity e : actors.entities().values()) {
      if (e.type() == type && actors.gazetteerEntry(e.id()) == null && NameKey.key(e.name()).equals(key)) {
        return e;
      }
    }
    return null;
  }

  private static boolean hasWord(String phrase, String word) {
    for (String w : phrase.split(" ")) {
      if (w.equals(word)) {
        return true;
      }
    }
    return false;
  }

  private static EntityType typeOf(String label) {
    return switch (label.toUpperCase(Locale.ROOT)) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
      default -> null;
    };
  }
}
