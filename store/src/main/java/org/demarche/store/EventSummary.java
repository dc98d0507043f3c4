package org.demarche.store;

import java.time.LocalDate;
import java.util.Objects;
import org.demarche.model.PloverType;

/**
 * One deduplicated event (a row of GDELT's events table) with its counts.
 *
 * @param id stable event id ({@code evt-} and 20 hex digits)
 * @param type PLOVER type
 * @param sourceKey source actor key: entity id, or {@code country:xxx}
 * @param targetKey target actor key, or null
 * @param date the event date (that of its first mention), or null
 * @param numMentions how many event mentions it has, over all articles
 * @param numSources how many distinct outlets reported it (articles without outlet not counted)
 * @param numArticles how many distinct articles mention it
 * @param firstArticleId the article of its first stored mention
 * @param firstEvidence the evidence text of its first stored mention
 */
public record EventSummary(
    String id,
    PloverType type,
    String sourceKey,
    String targetKey,
    LocalDate date,
    int numMentions,
    int numSources,
    int numArticles,
    String firstArticleId,
    String firstEvidence) {

  public EventSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type of " + id);
    Objects.requireNonNull(sourceKey, "sourceKey of " + id);
  }
}
