package org.demarche.model;

/**
 * One side of an event.
 *
 * @param entity entity id, or null when only the country is known
 * @param country ISO alpha-3, or null for actors without a state (an organization)
 * @param text the words naming it in the sentence, or null
 */
public record EventActor(String entity, String country, String text) {

  public EventActor {
    if (entity == null && country == null) {
      throw new IllegalArgumentException("an event actor needs an entity or a country");
    }
  }
}
