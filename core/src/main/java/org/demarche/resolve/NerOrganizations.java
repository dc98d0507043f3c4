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
 * Organizations that NER finds around a country or place name the gazetteer knows: {@code
 * Azerbaijan Airlines} is an airline of Azerbaijan, {@code Caspian Pipeline Consortium} a
 * consortium, not the Caspian Sea. Such a span becomes an organization of its own, with the
 * country of the name inside. A part of government keeps its country reading ({@code Kazakh
 * Foreign Ministry}, {@code Russian Armed Forces}): for who-did-what it is the state acting.
 * Stateless and thread-safe.
 */
final class NerOrganizations {

  /** Words that make an organization a part of the state. */
  private static final Set<String> STATE_WORDS = Set.of("ministry", "ministries", "minister",
      "government", "committee", "service", "services", "office", "council", "parliament",
      "embassy", "consulate", "army", "forces", "force", "navy", "military", "police", "guard",
      "guards", "administration", "presidency", "cabinet", "senate", "assembly", "court",
      "prosecutor", "prosecutors", "department", "mission", "delegation", "troops", "border",
      "intelligence", "security", "kremlin", "duma", "mfa", "state", "federal", "republic",
      "national", "central");

  /**
   * Resolves the NER organizations that enclose candidates and returns the candidates left.
   *
   * @param candidates the gazetteer's names in the article, in text order
   */
  List<Candidate> resolve(AnnotatedArticle article, List<Candidate> candidates, ArticleActors actors) {
    List<Candidate> left = new ArrayList<>(candidates);
    for (NerSpan ner : article.names()) {
      if (!ner.label().equals("ORGANIZATION") || !ner.text().contains(" ") || isState(ner.text())) {
        continue;
      }
      List<Candidate> inside = new ArrayList<>();
      boolean enclosesOnlyPlaces = true;
      for (Candidate c : left) {
        if (!ner.span().overlaps(c.span())) {
          continue;
        }
        inside.add(c);
        EntityType type = c.hits().get(0).entry().type();
        boolean place = type == EntityType.COUNTRY || type == EntityType.LOCATION;
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
      String id = "org:" + NameKey.slug(ner.text());
      Entity org = actors.entity(id);
      if (org == null) {
        org = new Entity(id, ner.text(), EntityType.ORGANIZATION, country, null, List.of(ner.text()));
      }
      actors.add(org, ner.span(), ner.text(), "ner-organization");
      left.removeAll(inside);
    }
    return left;
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
