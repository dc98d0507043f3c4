package org.demarche.model;

import java.util.Objects;

/** A named place with its country ({@code Astana}, {@code KAZ}); country may be null. */
public record Place(String name, String country) {

  public Place {
    Objects.requireNonNull(name, "name");
  }
}
