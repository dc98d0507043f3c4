package org.demarche.event;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.demarche.model.Modality;
import org.demarche.model.PloverType;

/**
 * The PLOVER manual's rules for events that are promised, threatened or refused rather than
 * done. Pure.
 *
 * <ul>
 *   <li>Cooperation reported as future or intended is {@code AGREE}: {@code Hungary said it will
 *       support the resolution}, {@code Syria is willing to withdraw its troops}.
 *   <li>Material conflict reported as future or intended is {@code THREATEN}: {@code he will
 *       extend the curfew}, {@code Greece plans to impose restrictions}.
 *   <li>Cooperation denied for the future is {@code REJECT}: {@code Syria will not accept more
 *       refugees}.
 * </ul>
 *
 * An event that goes on from before ({@code will continue to support}) keeps its type, and so
 * does a meeting that is scheduled ({@code will meet}, {@code is expected to visit}) rather
 * than offered ({@code would meet}, {@code is ready to host}).
 */
final class PloverConventions {

  /** A type with its nearest CAMEO code. */
  record Coded(PloverType type, String cameo) {}

  private static final Map<PloverType, String> INTENT = new EnumMap<>(Map.of(
      PloverType.CONSULT, "036",
      PloverType.SUPPORT, "032",
      PloverType.COOPERATE, "031",
      PloverType.AID, "033",
      PloverType.RETREAT, "035",
      PloverType.CONCEDE, "035"));
  /**
   * Types a plain future keeps: a scheduled meeting ({@code will meet}) and an announced
   * retreat or concession ({@code will resign}, {@code will withdraw}), which the manual does not
   * turn into AGREE; offered or intended ones ({@code is willing to withdraw}) still are AGREE.
   */
  private static final java.util.Set<PloverType> KEEP_WHEN_SCHEDULED =
      java.util.EnumSet.of(PloverType.CONSULT, PloverType.RETREAT, PloverType.CONCEDE);
  private static final Map<PloverType, String> THREAT = new EnumMap<>(Map.of(
      PloverType.ASSAULT, "138",
      PloverType.COERCE, "132",
      PloverType.SANCTION, "131",
      PloverType.MOBILIZE, "138",
      PloverType.PROTEST, "133"));
  private static final Map<PloverType, String> REFUSAL = new EnumMap<>(Map.of(
      PloverType.AGREE, "120",
      PloverType.CONSULT, "125",
      PloverType.SUPPORT, "120",
      PloverType.COOPERATE, "121",
      PloverType.AID, "122",
      PloverType.RETREAT, "124",
      PloverType.CONCEDE, "124",
      PloverType.REQUEST, "120"));

  private PloverConventions() {}

  /** The type and code an event of {@code type} coded {@code cameo} takes under {@code stance}. */
  static Coded apply(PloverType type, String cameo, Stance stance) {
    if (stance.negated() || stance.ongoing() || stance.possible() || stance.modality() == Modality.ASSERTED) {
      return new Coded(type, cameo);
    }
    boolean scheduled = stance.modality() == Modality.FUTURE;
    if (INTENT.containsKey(type) && !(scheduled && KEEP_WHEN_SCHEDULED.contains(type))) {
      return new Coded(PloverType.AGREE, INTENT.get(type));
    }
    if (THREAT.containsKey(type)) {
      return new Coded(PloverType.THREATEN, THREAT.get(type));
    }
    return new Coded(type, cameo);
  }

  /**
   * The refusal a denied cooperative event amounts to when the denial is about the future
   * ({@code will never recognize}, {@code would not accept}), else empty.
   */
  static Optional<Coded> refusal(PloverType type, Stance stance) {
    if (!stance.negated() || stance.possible() || !REFUSAL.containsKey(type)
        || stance.modality() != Modality.FUTURE && stance.modality() != Modality.CONDITIONAL) {
      return Optional.empty();
    }
    return Optional.of(new Coded(PloverType.REJECT, REFUSAL.get(type)));
  }

  /** Whether {@code type} is material conflict, which an intent to it turns into a threat. */
  static boolean materialConflict(PloverType type) {
    return THREAT.containsKey(type);
  }
}
