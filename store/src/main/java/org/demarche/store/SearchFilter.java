package org.demarche.store;

import java.time.LocalDate;
import org.demarche.model.PloverType;

/**
 * Restricts a full-text search to certain articles; a null field does not restrict. Filters
 * apply to the article, for text hits and quote hits alike.
 *
 * @param actor an entity id the article must mention ({@code person:kassym-jomart-tokayev})
 * @param country ISO alpha-3: the article must mention an entity of that country
 * @param type the article must contain an event of that PLOVER type
 * @param from earliest publication date, inclusive; undated articles are then left out
 * @param to latest publication date, inclusive; undated articles are then left out
 */
public record SearchFilter(String actor, String country, PloverType type, LocalDate from, LocalDate to) {

  private static final SearchFilter NONE = new SearchFilter(null, null, null, null, null);

  public SearchFilter {
    if (country != null && !country.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("country filter must be ISO alpha-3: " + country);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("date range is empty: from " + from + " after to " + to);
    }
  }

  /** No restriction. */
  public static SearchFilter none() {
    return NONE;
  }
}
