package org.demarche.pipeline;

import java.util.function.Function;
import org.demarche.ingest.KnownPlaces;
import org.demarche.model.EntityType;
import org.demarche.resolve.gazetteer.Gazetteer;
import org.demarche.resolve.gazetteer.GazetteerEntry;

/** Dateline places to countries by the gazetteer, with the ingest package's table as fallback. */
final class GazetteerPlaces implements Function<String, String> {

  private final Gazetteer gazetteer;
  private final Function<String, String> fallback = KnownPlaces.defaults();

  GazetteerPlaces(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public String apply(String place) {
    for (GazetteerEntry e : gazetteer.byAlias(place)) {
      if ((e.type() == EntityType.LOCATION || e.type() == EntityType.COUNTRY) && e.country() != null) {
        return e.country();
      }
    }
    return fallback.apply(place);
  }
}
