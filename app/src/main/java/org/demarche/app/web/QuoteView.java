package org.demarche.app.web;

import java.time.LocalDate;
import org.demarche.model.Quote;
import org.demarche.store.StoredQuote;

/**
 * A quote with where it stands: the evidence is the quote's own span in its article.
 *
 * @param article article id
 * @param published the article's publication date, or null
 * @param outlet the article's outlet, or null
 * @param text the quoted words
 * @param span where they stand in the article
 * @param speaker who said them, or null when unattributed
 * @param speakerText the words naming the speaker, or null
 * @param speakerSpan where those words stand, or null
 * @param cue the reporting verb, or null
 * @param rule the attribution rule that found the speaker, or null
 */
record QuoteView(
    String article, LocalDate published, String outlet, String text, SpanView span,
    ActorView speaker, String speakerText, SpanView speakerSpan, String cue, String rule) {

  static QuoteView of(StoredQuote q, ActorDirectory actors) {
    return of(q.articleId(), q.published(), q.outlet(), q.quote(), actors);
  }

  static QuoteView of(String article, LocalDate published, String outlet, Quote q, ActorDirectory actors) {
    return new QuoteView(article, published, outlet, q.text(), SpanView.of(q.span()),
        q.speakerId() == null ? null : actors.actor(q.speakerId()), q.speakerText(),
        SpanView.of(q.speakerSpan()), q.cue(), q.rule());
  }
}
