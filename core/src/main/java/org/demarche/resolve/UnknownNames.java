package org.demarche.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
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
 * Kygyzstan}, {@code Olaf Sholz}) tied to a country the article names; else an entity of its own
 * whose id is the name's slug and whose country comes from the words around it ({@link
 * ContextCountry}). Multi-word names are resolved before single words, so that a surname can
 * point to a full name that comes later. Stateless and thread-safe.
 */
final class UnknownNames {

  /** Jaro-Winkler similarity over romanization keys above which two names are one. */
  private static final double SIMILAR = 0.93;

  /** The same, for a known actor tied to no country the article names. */
  private static final double SIMILAR_OUT_OF_CONTEXT = 0.96;

  private final List<Keyed> persons = new ArrayList<>();
  private final List<Keyed> countries = new ArrayList<>();
  private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();

  private record Keyed(String key, GazetteerEntry entry) {}

  UnknownNames(Gazetteer gazetteer) {
    for (GazetteerEntry e : gazetteer.entries()) {
      List<Keyed> into = switch (e.type()) {
        case PERSON -> persons;
        case COUNTRY -> countries;
        default -> null;
      };
      if (into == null) {
        continue;
      }
      into.add(new Keyed(NameKey.key(e.name()), e));
      for (String a : e.aliases()) {
        String k = NameKey.key(a);
        if (k.contains(" ") || e.type() == EntityType.COUNTRY) {
          into.add(new Keyed(k, e));
        }
      }
    }
  }

  void resolve(AnnotatedArticle article, ArticleActors actors, ArticleContext context) {
    List<NerSpan> names = new ArrayList<>();
    for (NerSpan ner : article.names()) {
      if (typeOf(ner.label()) != null && NameMatcher.startsName(ner.text())
          && !NameKey.fold(ner.text()).isEmpty()) {
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
        GazetteerEntry country = similar(countries, ner.text(), context);
        if (country != null) {
          actors.add(country, ner.span(), ner.text(), "similar-name");
        } else {
          newEntity(article, ner, EntityType.LOCATION, actors);
        }
      } else {
        newEntity(article, ner, type, actors);
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
    GazetteerEntry known = similar(persons, ner.text(), context);
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
    for (Keyed k : persons) {
      String[] words = k.key().split(" ");
      if (words.length >= 2 && words[0].equals(given) && families.contains(words[words.length - 1])) {
        if (found != null && found != k.entry()) {
          return null; // two relatives of that name: no guess
        }
        found = k.entry();
      }
    }
    return found;
  }

  private static void newEntity(AnnotatedArticle article, NerSpan ner, EntityType type,
      ArticleActors actors) {
    String id = type.idPrefix() + ":" + NameKey.slug(ner.text());
    Entity existing = actors.entity(id);
    if (existing == null) {
      String country = type == EntityType.LOCATION
          ? ContextCountry.ofPlace(article, ner.span(), actors)
          : ContextCountry.ofActor(article, ner.span(), actors);
      existing = new Entity(id, ner.text(), type, country, null, List.of(ner.text()));
    }
    actors.add(existing, ner.span(), ner.text(), "ner");
  }

  /**
   * The entry whose name is spelled most like {@code surface}, above {@link #SIMILAR} when the
   * entry is tied to a country the article names and above {@link #SIMILAR_OUT_OF_CONTEXT}
   * otherwise; null when none is.
   */
  private GazetteerEntry similar(List<Keyed> keyed, String surface, ArticleContext context) {
    String key = NameKey.key(surface);
    if (key.length() < 4) {
      return null;
    }
    GazetteerEntry best = null;
    double bestScore = 0;
    for (Keyed k : keyed) {
      if (k.key().isEmpty() || k.key().charAt(0) != key.charAt(0)) {
        continue;
      }
      double score = similarity.apply(key, k.key());
      double floor = inContext(k.entry(), context) ? SIMILAR : SIMILAR_OUT_OF_CONTEXT;
      if (score > floor && score > bestScore) {
        bestScore = score;
        best = k.entry();
      }
    }
    return best;
  }

  private static boolean inContext(GazetteerEntry e, ArticleContext context) {
    for (String c : e.countries()) {
      if (context.count(c) > 0) {
        return true;
      }
    }
    return false;
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
