package org.demarche.resolve.gazetteer;

/**
 * What an entry is at a given date: for a person, the office they hold then, which gives the
 * {@code role} and {@code country} of the exported entity; for anything else, just its country.
 *
 * <p>Immutable and thread-safe.
 *
 * @param basis how the standing was found
 * @param office the office the standing rests on: the one held ({@link Basis#IN_OFFICE}), the
 *     latest or the principal one ({@link Basis#LATEST_OFFICE}, {@link Basis#PRINCIPAL_OFFICE}),
 *     the last one held before the date ({@link Basis#OUT_OF_OFFICE}, null when none ended
 *     before it), or null ({@link Basis#NO_OFFICES})
 * @param role the office held, or null when none is
 * @param country ISO alpha-3 of the state the entry acts for: the office's country (null for an
 *     international post); out of office, the person's home country ({@link
 *     GazetteerEntry#homeCountry}); for other entries, their own country
 */
public record Standing(Basis basis, Office office, String role, String country) {

  /** Whether the standing is an office held, or for an undated article taken to be held. */
  public boolean holdsOffice() {
    return role != null;
  }

  /** How a standing was found. */
  public enum Basis {
    /** A tenure covers the article's date. */
    IN_OFFICE,
    /** The date is unknown and the person's latest tenure is still open. */
    LATEST_OFFICE,
    /**
     * The date is unknown and every tenure has ended: the person's principal office, the
     * highest-ranking one (head of state, then of government, then foreign minister), the
     * latest of those.
     */
    PRINCIPAL_OFFICE,
    /**
     * No tenure covers the date: a former or future office holder, who acts for their home
     * country.
     */
    OUT_OF_OFFICE,
    /** Not a person, or a person without offices. */
    NO_OFFICES
  }

  /** Checks that an office and a role go with the bases that hold one, and only with those. */
  public Standing {
    if (basis == null) {
      throw new IllegalArgumentException("basis must not be null");
    }
    boolean holds = basis != Basis.OUT_OF_OFFICE && basis != Basis.NO_OFFICES;
    if (holds && (office == null || role == null)) {
      throw new IllegalArgumentException(basis + " needs an office and a role");
    }
    if (!holds && role != null) {
      throw new IllegalArgumentException(basis + " holds no office, so no role: " + role);
    }
  }
}
