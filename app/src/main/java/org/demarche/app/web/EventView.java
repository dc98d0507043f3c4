package org.demarche.app.web;

import java.time.LocalDate;
import java.util.Optional;
import org.demarche.model.Event;
import org.demarche.store.EventSummary;

/**
 * A deduplicated event with its actors named and its first mention's evidence located.
 *
 * @param id stable event id
 * @param type PLOVER type
 * @param source who acted
 * @param target at whom, or null
 * @param date when, or null
 * @param numMentions mentions over all articles
 * @param numSources distinct outlets
 * @param numArticles distinct articles
 * @param issue the first mention's issue phrase, or null
 * @param negated whether the first mention denies it (null when the mention was not found)
 * @param modality asserted, future, conditional or reported-intent (null when not found)
 * @param evidence where the first mention was read
 */
record EventView(
    String id, String type, ActorView source, ActorView target, LocalDate date,
    int numMentions, int numSources, int numArticles, String issue, Boolean negated,
    String modality, Evidence evidence) {

  /**
   * Where an event mention was read.
   *
   * @param article article id
   * @param text the evidence words
   * @param sentence the sentence they stand in, or null when the mention could not be found again
   * @param span the evidence words' span, or null likewise
   * @param trigger the word that triggered the pattern, or null
   */
  record Evidence(String article, String text, SpanView sentence, SpanView span, String trigger) {}

  static EventView of(EventSummary s, ActorDirectory actors, EvidenceLocator locator) {
    Optional<Event> m = locator.firstMention(s);
    Event e = m.orElse(null);
    Evidence evidence = new Evidence(s.firstArticleId(), s.firstEvidence(),
        e == null ? null : SpanView.of(e.sentence()), e == null ? null : SpanView.of(e.evidence()),
        e == null ? null : e.trigger());
    return new EventView(s.id(), s.type().name(), actors.actor(s.sourceKey()),
        s.targetKey() == null ? null : actors.actor(s.targetKey()), s.date(), s.numMentions(),
        s.numSources(), s.numArticles(), e == null ? null : e.issue(), e == null ? null : e.negated(),
        e == null ? null : e.modality().wireName(), evidence);
  }
}
