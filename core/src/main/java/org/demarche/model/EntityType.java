package org.demarche.model;

/** The kind of an actor or place, as the export contract names it. */
public enum EntityType {
  PERSON,
  COUNTRY,
  ORGANIZATION,
  LOCATION,
  OTHER;

  /** The prefix of entity ids of this type ({@code person}, {@code country}, ...). */
  public String idPrefix() {
    return switch (this) {
      case PERSON -> "person";
      case COUNTRY -> "country";
      case ORGANIZATION -> "org";
      case LOCATION -> "location";
      case OTHER -> "other";
    };
  }
}
