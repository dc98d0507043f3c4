package org.demarche.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import org.demarche.model.Event;
import org.demarche.model.EventActor;
import org.demarche.model.PloverType;

/**
 * What makes two event mentions the same event: PLOVER type, source key, target key and date.
 *
 * <p>An actor's key is its entity id, or, when only its country is known, that country's
 * entity id ({@code KAZ} becomes {@code country:kaz}, the id the export contract gives the
 * country), so that "Kazakhstan" resolved to the entity and "KAZ" alone meet in one event.
 *
 * @param type the PLOVER type
 * @param sourceKey key of the source actor
 * @param targetKey key of the target actor, or null for an event without a target
 * @param date the event date, or null
 */
public record EventKey(PloverType type, String sourceKey, String targetKey, LocalDate date) {

  public EventKey {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(sourceKey, "sourceKey");
  }

  /** The key of an event mention. */
  public static EventKey of(Event e) {
    return new EventKey(e.type(), actorKey(e.source()),
        e.target() == null ? null : actorKey(e.target()), e.date());
  }

  /** The key of one side of an event: its entity id, else {@code country:} and its lower-case country. */
  public static String actorKey(EventActor actor) {
    return actor.entity() != null
        ? actor.entity()
        : "country:" + actor.country().toLowerCase(Locale.ROOT);
  }

  /** This key on another date. */
  public EventKey on(LocalDate otherDate) {
    return new EventKey(type, sourceKey, targetKey, otherDate);
  }

  /** Whether {@code other} has this key's type, source and target, whatever its date. */
  public boolean sameDyad(EventKey other) {
    return type == other.type && sourceKey.equals(other.sourceKey)
        && Objects.equals(targetKey, other.targetKey);
  }

  /**
   * The event id for this key: {@code evt-} and the first 20 hex digits (80 bits) of the
   * SHA-256 of type, keys and date separated by U+001F. Stable across databases and runs.
   */
  public String id() {
    String joined = type.name() + '\u001f' + sourceKey + '\u001f' + (targetKey == null ? "" : targetKey)
        + '\u001f' + (date == null ? "" : date.toString());
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
      return "evt-" + HexFormat.of().formatHex(hash, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
