package org.demarche.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything Demarche read from one article: the export contract's record.
 *
 * @param article the article
 * @param dateline its dateline, or null
 * @param entities the entities mentioned, each with its mentions
 * @param quotes attributed quotes
 * @param events coded events
 * @param timexes time expressions
 */
public record Extraction(
    Article article,
    Dateline dateline,
    List<EntityMentions> entities,
    List<Quote> quotes,
    List<Event> events,
    List<Timex> timexes) {

  public Extraction {
    Objects.requireNonNull(article, "article");
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
    timexes = List.copyOf(timexes);
  }

  /** An entity and the places it is mentioned in this article. */
  public record EntityMentions(Entity entity, List<Mention> mentions) {
    public EntityMentions {
      Objects.requireNonNull(entity, "entity");
      mentions = List.copyOf(mentions);
    }
  }
}
