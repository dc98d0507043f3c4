package org.demarche.store;

import java.time.LocalDate;
import java.util.Objects;

/** One dated item of an entity's timeline: an event it took part in or a quote it said. */
public sealed interface TimelineItem {

  /** The date the item is placed at, or null when unknown (such items come last). */
  LocalDate date();

  /** An event in which the entity is the source or the target; dated by the event. */
  record EventItem(EventSummary event) implements TimelineItem {
    public EventItem {
      Objects.requireNonNull(event, "event");
    }

    @Override
    public LocalDate date() {
      return event.date();
    }
  }

  /** A quote the entity said; dated by its article's publication date. */
  record QuoteItem(StoredQuote quote) implements TimelineItem {
    public QuoteItem {
      Objects.requireNonNull(quote, "quote");
    }

    @Override
    public LocalDate date() {
      return quote.published();
    }
  }
}
