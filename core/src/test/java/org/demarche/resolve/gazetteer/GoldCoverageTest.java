package org.demarche.resolve.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demarche.model.EntityType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every entity name and mention in the annotated corpus resolves through {@link
 * Gazetteer#byAlias} to an entry of the right type and country. A mention of a capital standing
 * for its country ({@code Moscow} for Russia) resolves to the capital, whose {@code capitalOf}
 * is that country. A person matches when the country is one of their offices' countries.
 */
class GoldCoverageTest {

  /**
   * Surfaces that are deliberately not aliases: misspellings in the articles, which the
   * resolver's fuzzy name key is there to catch.
   */
  private static final Map<String, String> NOT_ALIASES = Map.of(
      "Kygyzstan", "misspelling of Kyrgyzstan",
      "Olaf Sholz", "misspelling of Olaf Scholz");

  @ParameterizedTest
  @ValueSource(strings = {"seeds.gold.json", "dev.gold.json"})
  void everyGoldEntityAndMentionIsAnAliasOfTheRightEntry(String file) throws Exception {
    Path gold = Path.of(System.getProperty("demarche.shared", "../shared"), "corpus", file);
    Assumptions.assumeTrue(Files.isRegularFile(gold),
        "skipped: " + gold + " not found (set -Ddemarche.shared to the shared directory)");
    Gazetteer g = Gazetteer.loadDefault();
    List<String> missing = new ArrayList<>();
    for (JsonNode doc : new ObjectMapper().readTree(gold.toFile()).path("docs")) {
      for (JsonNode entity : doc.path("entities")) {
        EntityType type = EntityType.valueOf(entity.path("type").asText());
        String country = entity.path("country").isTextual() ? entity.path("country").asText() : null;
        Set<String> surfaces = new LinkedHashSet<>();
        surfaces.add(entity.path("name").asText());
        entity.path("mentions").forEach(m -> surfaces.add(m.asText()));
        for (String surface : surfaces) {
          if (!NOT_ALIASES.containsKey(surface) && !resolves(g, surface, type, country)) {
            missing.add(doc.path("id").asText() + ": " + type + " " + country + " '" + surface + "'");
          }
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  private static boolean resolves(Gazetteer g, String surface, EntityType type, String country) {
    for (GazetteerEntry e : g.byAlias(surface)) {
      if (type == EntityType.COUNTRY && country != null && country.equals(e.capitalOf())) {
        return true; // "Moscow said": the capital standing for its government
      }
      if (e.type() != type) {
        continue;
      }
      if (country == null ? e.country() == null : e.countries().contains(country)) {
        return true;
      }
    }
    return false;
  }
}
