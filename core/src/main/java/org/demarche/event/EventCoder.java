package org.demarche.event;

import java.util.List;
import org.demarche.model.Event;
import org.demarche.model.Quote;
import org.demarche.model.ResolvedArticle;

/** Codes the events an article reports as PLOVER events with evidence. */
public interface EventCoder {

  /**
   * The events in {@code article}, in text order. Thread-safe.
   *
   * @param quotes the article's attributed quotes: an event inside a quote belongs to its speaker
   */
  List<Event> code(ResolvedArticle article, List<Quote> quotes);
}
