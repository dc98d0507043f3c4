package org.demarche.app.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.demarche.model.Article;
import org.demarche.model.Dateline;
import org.demarche.model.Entity;
import org.demarche.model.Event;
import org.demarche.model.EventActor;
import org.demarche.model.Extraction;
import org.demarche.model.Mention;
import org.demarche.model.Place;
import org.demarche.model.Timex;

/**
 * An article's text with every annotation, in the export contract's shape plus the "why" of
 * each annotation (mention rule, attribution rule, event trigger) and the names of event actors.
 */
record ArticleView(
    String id, Source source, LocalDate published, String publishedBasis, Map<String, String> metadata,
    DatelineView dateline, String text, List<EntityView> entities, List<QuoteView> quotes,
    List<EventMention> events, List<TimexView> timexes) {

  /** Where the article came from. */
  record Source(String path, String outlet) {}

  /** The dateline at the start of the text. */
  record DatelineView(String text, SpanView span, String place, String country, String outlet, LocalDate date) {}

  /** An entity as this article saw it, with its mentions here. */
  record EntityView(String id, String name, String type, String country, String role,
      List<String> aliases, List<MentionView> mentions) {}

  /** A mention and the rule that resolved it. */
  record MentionView(String text, int start, int end, String rule) {}

  /** One side of an event mention. */
  record Side(String entity, String country, String text, String name) {}

  /** One coded event mention. */
  record EventMention(String type, String cameo, Side source, Side target, String issue,
      boolean negated, String modality, LocalDate date, Place location, SpanView sentence,
      SpanView evidence, String evidenceText, String trigger) {}

  /** A time expression. */
  record TimexView(String text, int start, int end, String value, String type) {}

  static ArticleView of(Extraction x, ActorDirectory actors) {
    Article a = x.article();
    Map<String, String> names = new HashMap<>();
    List<EntityView> entities = x.entities().stream().map(em -> {
      Entity e = em.entity();
      names.put(e.id(), e.name());
      return new EntityView(e.id(), e.name(), e.type().name(), e.country(), e.role(), e.aliases(),
          em.mentions().stream().map(ArticleView::mention).toList());
    }).toList();
    return new ArticleView(a.id(), new Source(a.sourcePath(), a.outlet()), a.published(),
        a.publishedBasis() == null ? null : a.publishedBasis().wireName(), a.metadata(),
        dateline(x.dateline()), a.text(), entities,
        x.quotes().stream().map(q -> QuoteView.of(a.id(), a.published(), a.outlet(), q, actors)).toList(),
        x.events().stream().map(e -> event(e, names, actors)).toList(),
        x.timexes().stream().map(ArticleView::timex).toList());
  }

  private static MentionView mention(Mention m) {
    return new MentionView(m.text(), m.start(), m.end(), m.rule());
  }

  private static DatelineView dateline(Dateline d) {
    return d == null ? null
        : new DatelineView(d.text(), SpanView.of(d.span()), d.place(), d.country(), d.outlet(), d.date());
  }

  private static EventMention event(Event e, Map<String, String> names, ActorDirectory actors) {
    return new EventMention(e.type().name(), e.cameo(), side(e.source(), names, actors),
        side(e.target(), names, actors), e.issue(), e.negated(), e.modality().wireName(), e.date(),
        e.location(), SpanView.of(e.sentence()), SpanView.of(e.evidence()), e.evidenceText(), e.trigger());
  }

  private static Side side(EventActor s, Map<String, String> names, ActorDirectory actors) {
    if (s == null) {
      return null;
    }
    String key = s.entity() != null ? s.entity() : "country:" + s.country().toLowerCase(Locale.ROOT);
    String name = names.get(key);
    return new Side(s.entity(), s.country(), s.text(), name != null ? name : actors.actor(key).name());
  }

  private static TimexView timex(Timex t) {
    return new TimexView(t.text(), t.span().start(), t.span().end(), t.value(), t.type());
  }
}
