package org.demarche.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Entity;
import org.demarche.model.EntityType;
import org.demarche.model.Mention;
import org.demarche.model.NerSpan;
import org.demarche.model.Sentence;
import org.demarche.model.Span;
import org.demarche.model.Token;
import org.demarche.resolve.gazetteer.Gazetteer;
import org.demarche.resolve.gazetteer.NameKey;
import org.demarche.resolve.gazetteer.GazetteerEntry;

/**
 * Names that NER finds and the gazetteer does not list: a surname of someone named earlier in
 * the article, a near-spelling of a known actor ({@code Kygyzstan}, {@code Olaf Sholz}), or else
 * an entity of its own whose id is the name's slug and whose country comes from the words around
 * it ({@code Ukrainian Deputy Foreign Minister Emine Dzheppar} → UKR).
 */
final class UnknownNames {

  /** Jaro-Winkler similarity over romanization keys above which two names are one. */
  private static final double SIMILAR = 0.93;

  private final Gazetteer gazetteer;
  private final List<Keyed> persons = new ArrayList<>();
  private final List<Keyed> countries = new ArrayList<>();
  private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();

  private record Keyed(String key, GazetteerEntry entry) {}

  UnknownNames(Gazetteer gazetteer, AliasIndex index) {
    this.gazetteer = gazetteer;
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

  void resolve(AnnotatedArticle article, GazetteerActorResolver.ArticleActors actors) {
    for (NerSpan ner : article.names()) {
      EntityType type = typeOf(ner.label());
      if (type == null || actors.covered(ner.span()) || !GazetteerActorResolver.startsName(ner.text())) {
        continue;
      }
      if (type == EntityType.PERSON) {
        person(article, ner, actors);
      } else if (type == EntityType.LOCATION) {
        GazetteerEntry country = similar(countries, ner.text());
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

  private void person(AnnotatedArticle article, NerSpan ner, GazetteerActorResolver.ArticleActors actors) {
    String fold = NameKey.fold(ner.text());
    // a surname (or given name) of a person the article named in full before
    for (Mention m : actors.mentions()) {
      Entity e = actors.entity(m.entityId());
      if (e.type() == EntityType.PERSON && m.start() < ner.span().start()
          && !fold.contains(" ") && hasWord(NameKey.fold(m.text()), fold)) {
        actors.add(e, ner.span(), ner.text(), "surname");
        return;
      }
    }
    GazetteerEntry known = similar(persons, ner.text());
    if (known != null) {
      actors.add(known, ner.span(), ner.text(), "similar-name");
      return;
    }
    newEntity(article, ner, EntityType.PERSON, actors);
  }

  private void newEntity(AnnotatedArticle article, NerSpan ner, EntityType type,
      GazetteerActorResolver.ArticleActors actors) {
    String slug = NameKey.slug(ner.text());
    if (slug.isEmpty()) {
      return;
    }
    String id = type.idPrefix() + ":" + slug;
    Entity existing = actors.entity(id);
    if (existing == null) {
      String country = type == EntityType.LOCATION ? null : contextCountry(article, ner.span(), actors);
      existing = new Entity(id, ner.text(), type, country, null, List.of(ner.text()));
    }
    actors.add(existing, ner.span(), ner.text(), "ner");
  }

  /**
   * The country named next to a name: in the words before it ({@code Kremlin spokesperson},
   * {@code Ukrainian Deputy Foreign Minister}) or in an apposition after it ({@code X, the
   * spokesman of the Kazakh Foreign Ministry}).
   */
  private static String contextCountry(AnnotatedArticle article, Span span,
      GazetteerActorResolver.ArticleActors actors) {
    Sentence s = article.sentenceAt(span.start());
    if (s == null) {
      return null;
    }
    int first = s.tokenAt(span.start());
    int from = first;
    for (int i = first - 1; i >= 0 && i >= first - 7; i--) {
      Token t = s.tokens().get(i);
      if (t.isPos("VB") || t.text().equals(",") || t.text().equals(".") || t.text().equalsIgnoreCase("and")) {
        break;
      }
      from = i;
    }
    String before = countryIn(actors, s.tokens().get(from).start(), span.start());
    if (before != null) {
      return before;
    }
    int end = span.end();
    if (end < article.text().length() && article.text().charAt(end) == ',') {
      int to = Math.min(s.end(), end + 90);
      return countryIn(actors, end, to);
    }
    return null;
  }

  private static String countryIn(GazetteerActorResolver.ArticleActors actors, int from, int to) {
    String found = null;
    for (Mention m : actors.mentions()) {
      if (m.start() >= from && m.end() <= to) {
        Entity e = actors.entity(m.entityId());
        if (e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION && e.country() != null) {
          found = e.country();
        }
      }
    }
    return found;
  }

  private GazetteerEntry similar(List<Keyed> keyed, String surface) {
    String key = NameKey.key(surface);
    if (key.length() < 4) {
      return null;
    }
    GazetteerEntry best = null;
    double bestScore = SIMILAR;
    for (Keyed k : keyed) {
      if (k.key().isEmpty() || k.key().charAt(0) != key.charAt(0)) {
        continue;
      }
      double score = similarity.apply(key, k.key());
      if (score > bestScore) {
        bestScore = score;
        best = k.entry();
      }
    }
    return best;
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
