package org.demarche.app.web;

import org.demarche.model.Entity;

/**
 * An actor as the API names it.
 *
 * @param id entity id or event actor key ({@code country:kaz})
 * @param name canonical name; for a key the store knows no entity of, a name made from the key
 * @param type PERSON, COUNTRY, ORGANIZATION, LOCATION or OTHER; null when unknown
 * @param country ISO alpha-3, or null
 * @param role office, or null
 */
record ActorView(String id, String name, String type, String country, String role) {

  static ActorView of(Entity e) {
    return new ActorView(e.id(), e.name(), e.type().name(), e.country(), e.role());
  }
}
