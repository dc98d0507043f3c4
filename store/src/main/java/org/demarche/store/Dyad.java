package org.demarche.store;

import java.util.Objects;
import org.demarche.model.PloverType;

/**
 * A directed edge of the event network: how many events of one type a source directed at a
 * target.
 *
 * @param sourceKey source actor key (entity id, or {@code country:xxx})
 * @param targetKey target actor key
 * @param type PLOVER type
 * @param weight number of deduplicated events, at least 1
 */
public record Dyad(String sourceKey, String targetKey, PloverType type, int weight) {

  public Dyad {
    Objects.requireNonNull(sourceKey, "sourceKey");
    Objects.requireNonNull(targetKey, "targetKey");
    Objects.requireNonNull(type, "type");
  }
}
