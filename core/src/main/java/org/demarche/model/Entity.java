package org.demarche.model;

import java.util.List;
import java.util.Objects;

/**
 * A canonical actor or place: the same real-world actor has the same id in every article.
 *
 * @param id {@code <type>:<slug>}, slug lowercase ASCII ({@code country:kaz}, {@code org:ots})
 * @param name canonical name
 * @param type kind of entity
 * @param country ISO alpha-3 of the state it belongs to or acts for, or null
 * @param role office held at the article's date ({@code President of Kazakhstan}), or null
 * @param aliases known names, canonical name first
 */
public record Entity(
    String id, String name, EntityType type, String country, String role, List<String> aliases) {

  public Entity {
    if (id == null || !id.matches("[a-z]+:[a-z0-9][a-z0-9._-]*")) {
      throw new IllegalArgumentException("entity id must be <type>:<lowercase ascii slug>: " + id);
    }
    Objects.requireNonNull(name, "name of " + id);
    Objects.requireNonNull(type, "type of " + id);
    if (country != null && !country.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("country of " + id + " must be ISO alpha-3: " + country);
    }
    aliases = List.copyOf(aliases);
  }
}
