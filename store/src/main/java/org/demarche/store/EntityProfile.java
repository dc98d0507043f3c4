package org.demarche.store;

import java.util.List;
import java.util.Objects;
import org.demarche.model.Entity;

/**
 * What the store knows about one entity across all articles.
 *
 * @param entity the merged entity: name, type, country and role from its latest article, and
 *     every alias seen, canonical name first, then in the order first seen
 * @param mentionCount how many mentions name it, over all articles
 * @param articleCount how many articles mention it
 * @param timeline its events and quotes by date, oldest first, undated last; at most
 *     {@link #TIMELINE_LIMIT} of the most recent items
 * @param timelineTruncated whether older items were left out of {@code timeline}
 */
public record EntityProfile(
    Entity entity, long mentionCount, long articleCount, List<TimelineItem> timeline,
    boolean timelineTruncated) {

  /** The most timeline items a profile carries. */
  public static final int TIMELINE_LIMIT = 200;

  public EntityProfile {
    Objects.requireNonNull(entity, "entity");
    timeline = List.copyOf(timeline);
  }
}
