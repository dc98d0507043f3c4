package org.demarche.resolve.gazetteer;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One tenure of a person in one role, such as {@code Foreign Minister of Türkiye} from
 * 2023-06-04 with no end yet.
 *
 * <p>Immutable and thread-safe.
 *
 * @param role the office as a phrase ({@code President of Kazakhstan}), never blank
 * @param country ISO alpha-3 code of the state the holder acts for in this role, or null for
 *     international posts (UN Secretary-General, President of the European Council)
 * @param from first day in office, inclusive, or null when unknown
 * @param to first day out of office (exclusive end), or null while in office or when unknown
 */
public record Office(String role, String country, LocalDate from, LocalDate to) {

  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

  /** Rejects a blank role, a malformed country code and a tenure that ends before it starts. */
  public Office {
    if (role == null || role.isBlank()) {
      throw new IllegalArgumentException("office role must not be blank");
    }
    if (country != null && !ISO3.matcher(country).matches()) {
      throw new IllegalArgumentException(
          "country of office '" + role + "' must be ISO alpha-3: " + country);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException(
          "office '" + role + "' ends " + to + " before it starts " + from);
    }
  }

  /**
   * Whether the holder was in this office on {@code date}: from inclusive (an unknown start
   * counts as always), to exclusive (no end means still in office).
   *
   * @param date the day asked about, never null
   */
  public boolean covers(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
  }

  /** Whether the tenure has no end date: in office as far as the gazetteer knows. */
  public boolean isOpen() {
    return to == null;
  }
}
