package org.demarche.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Entity;
import org.demarche.model.EntityType;
import org.demarche.model.NerSpan;
import org.demarche.resolve.gazetteer.GazetteerEntry;
import org.demarche.resolve.gazetteer.NameKey;

/**
 * Names that NER finds around a country or place name the gazetteer knows, and that name
 * something else: {@code Azerbaijan Airlines} is an airline of Azerbaijan, {@code Caspian
 * Pipeline Consortium} a consortium, not the Caspian Sea, {@code Europe Bridge} a bridge, not
 * Europe. Such an organization, or a place whose extra words name a structure, becomes an entity
 * of its own, with the country of the name inside. A part of government keeps its country
 * reading ({@code Kazakh Foreign Ministry}, {@code Russian Armed Forces}): for who-did-what it is
 * the state acting. Stateless and thread-safe.
 */
final class EnclosingNames {

  /** Words that make an organization a part of the state. */
  private static final Set<String> STATE_WORDS = Set.of("ministry", "ministries", "minister",
      "government", "committee", "service", "services", "office", "council", "parliament",
      "embassy", "consulate", "army", "forces", "force", "navy", "military", "police", "guard",
      "guards", "administration", "presidency", "cabinet", "senate", "assembly", "court",
      "prosecutor", "prosecutors", "department", "mission", "delegation", "troops", "border",
      "intelligence", "security", "kremlin", "duma", "mfa", "state", "federal", "republic",
      "national", "central");

  /** Words that make a place name the name of a structure: {@code Europe Bridge}. */
  private static final Set<String> STRUCTURES = Set.of("bridge", "square", "street", "avenue",
      "airport", "station", "palace", "hall", "port", "dam", "canal", "pipeline", "mosque",
      "church", "cathedral", "stadium", "university", "hotel", "park", "tower", "gate", "building",
      "center", "centre", "corridor", "highway", "road", "railway", "terminal", "plant", "field",
      "base", "cosmodrome", "prison", "camp", "market", "monument", "memorial", "museum");

  private final SimilarNames similar;

  EnclosingNames(SimilarNames similar) {
    this.similar = similar;
  }

  /**
   * Resolves the NER names that enclose candidates and returns the candidates left.
   *
   * @param candidates the gazetteer's names in the article, in text order
   */
  List<Candidate> resolve(AnnotatedArticle article, List<Candidate> candidates, ArticleActors actors) {
    List<Candidate> left = new ArrayList<>(candidates);
    for (NerSpan ner : article.names()) {
      EntityType type = enclosingType(ner);
      if (type == null) {
        continue;
      }
      List<Candidate> inside = new ArrayList<>();
      boolean enclosesOnlyPlaces = true;
      for (Candidate c : left) {
        if (!ner.span().overlaps(c.span())) {
          continue;
        }
        inside.add(c);
        EntityType inner = c.hits().get(0).entry().type();
        boolean place = inner == EntityType.COUNTRY || inner == EntityType.LOCATION;
        enclosesOnlyPlaces &= place && ner.span().contains(c.span()) && !c.span().equals(ner.span());
      }
      if (inside.isEmpty() || !enclosesOnlyPlaces) {
        continue;
      }
      Set<String> countries = new LinkedHashSet<>();
      for (Candidate c : inside) {
        GazetteerEntry e = c.hits().get(0).entry();
        if (c.unambiguous() && e.country() != null) {
          countries.add(e.country());
        }
      }
      String country = countries.size() == 1 ? countries.iterator().next() : null;
      GazetteerEntry known = type == EntityType.ORGANIZATION ? similar.organization(ner.text(), null) : null;
      if (known != null) {
        actors.add(known, ner.span(), ner.text(), "similar-name");
        left.removeAll(inside);
        continue;
      }
      String id = type.idPrefix() + ":" + NameKey.slug(ner.text());
      Entity named = actors.entity(id);
      if (named == null) {
        named = new Entity(id, ner.text(), type, country, null, List.of(ner.text()));
      }
      actors.add(named, ner.span(), ner.text(), "ner-enclosing");
      left.removeAll(inside);
    }
    return left;
  }

  /** The type of entity an NER span of several words names on its own, or null. */
  private static EntityType enclosingType(NerSpan ner) {
    if (!ner.text().contains(" ")) {
      return null;
    }
    if (ner.label().equals("ORGANIZATION")) {
      return isState(ner.text()) ? null : EntityType.ORGANIZATION;
    }
    if (ner.label().equals("LOCATION") || ner.label().equals("FACILITY")) {
      String[] words = NameKey.fold(ner.text()).split(" ");
      return STRUCTURES.contains(words[words.length - 1]) ? EntityType.LOCATION : null;
    }
    return null;
  }

  private static boolean isState(String name) {
    for (String w : NameKey.fold(name).split(" ")) {
      if (STATE_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
