package org.demarche.store;

import java.util.Locale;
import org.demarche.model.Modality;
import org.demarche.model.PublishedBasis;

/** Reads back the enum names the store writes (the export's wire names). */
final class WireNames {

  private WireNames() {}

  /** The basis written as {@code header}, {@code metadata}, ...; null for null. */
  static PublishedBasis publishedBasis(String wire) {
    return wire == null ? null : PublishedBasis.valueOf(wire.toUpperCase(Locale.ROOT));
  }

  /** The modality written as {@code asserted}, {@code reported-intent}, .... */
  static Modality modality(String wire) {
    for (Modality m : Modality.values()) {
      if (m.wireName().equals(wire)) {
        return m;
      }
    }
    throw new IllegalStateException("unknown modality in database: " + wire);
  }
}
