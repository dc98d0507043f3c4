package org.demarche.spark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.RowFactory;
import org.demarche.model.Article;
import org.demarche.model.Dateline;
import org.demarche.model.Entity;
import org.demarche.model.Event;
import org.demarche.model.EventActor;
import org.demarche.model.Extraction;
import org.demarche.model.Mention;
import org.demarche.model.Problem;
import org.demarche.model.Quote;
import org.demarche.model.Timex;
import org.demarche.store.ContentHash;

/**
 * An extraction as rows of the per-article tables, with the values the store's
 * {@code ExtractionWriter} and {@code EntityWriter} write: {@code ord} is the position in the
 * extraction's list, dates are {@link java.time.LocalDate}, enums are written by their export
 * names. {@code event_mentions.event_id} is left null: events are assigned across the whole
 * input afterwards ({@link GlobalEvents}). Stateless.
 */
final class ExtractionRows {

  private ExtractionRows() {}

  /** The rows of {@code x}, ingested at {@code now}. */
  static List<TableRow> of(Extraction x, Instant now) {
    List<TableRow> out = new ArrayList<>();
    Article a = x.article();
    String id = a.id();
    Dateline d = x.dateline();
    out.add(row(Table.ARTICLES, id, ContentHash.of(a), a.sourcePath(), a.outlet(),
        a.published(), a.publishedBasis() == null ? null : a.publishedBasis().wireName(), a.text(),
        d == null ? null : d.text(), d == null ? null : d.span().start(),
        d == null ? null : d.span().end(), d == null ? null : d.place(),
        d == null ? null : d.country(), d == null ? null : d.outlet(),
        d == null ? null : d.date(), now));
    for (Map.Entry<String, String> m : a.metadata().entrySet()) {
      out.add(row(Table.ARTICLE_METADATA, id, m.getKey(), m.getValue()));
    }
    for (int i = 0; i < x.entities().size(); i++) {
      Entity e = x.entities().get(i).entity();
      out.add(row(Table.ARTICLE_ENTITIES, id, i, e.id(), e.name(), e.type().name(), e.country(),
          e.role()));
      for (int j = 0; j < e.aliases().size(); j++) {
        out.add(row(Table.ARTICLE_ENTITY_ALIASES, id, i, j, e.aliases().get(j)));
      }
      List<Mention> mentions = x.entities().get(i).mentions();
      for (int j = 0; j < mentions.size(); j++) {
        Mention m = mentions.get(j);
        out.add(row(Table.MENTIONS, id, i, j, m.entityId(), m.start(), m.end(), m.text(), m.rule()));
      }
    }
    for (int i = 0; i < x.quotes().size(); i++) {
      Quote q = x.quotes().get(i);
      out.add(row(Table.QUOTES, id, i, q.start(), q.end(), q.text(), q.speakerId(),
          q.speakerText(), q.speakerSpan() == null ? null : q.speakerSpan().start(),
          q.speakerSpan() == null ? null : q.speakerSpan().end(), q.cue(), q.rule()));
    }
    for (int i = 0; i < x.events().size(); i++) {
      out.add(eventMention(id, i, x.events().get(i)));
    }
    for (int i = 0; i < x.timexes().size(); i++) {
      Timex t = x.timexes().get(i);
      out.add(row(Table.TIMEXES, id, i, t.span().start(), t.span().end(), t.text(), t.value(),
          t.type()));
    }
    return out;
  }

  /** The {@code problems} row of a problem met at {@code stage} ({@code read}, {@code extract}). */
  static TableRow problem(Problem p, String stage) {
    return row(Table.PROBLEMS, p.source(), p.location(), p.reason(), stage);
  }

  private static TableRow eventMention(String articleId, int ord, Event e) {
    EventActor s = e.source();
    EventActor t = e.target();
    return row(Table.EVENT_MENTIONS, null, articleId, ord, e.sentence().start(),
        e.sentence().end(), e.evidence().start(), e.evidence().end(), e.evidenceText(),
        e.type().name(), e.cameo(), s.entity(), s.country(), s.text(),
        t == null ? null : t.entity(), t == null ? null : t.country(), t == null ? null : t.text(),
        e.issue(), e.negated(), e.modality().wireName(), e.date(),
        e.location() == null ? null : e.location().name(),
        e.location() == null ? null : e.location().country(), e.trigger(), e.quadClass(),
        e.goldstein());
  }

  private static TableRow row(Table table, Object... values) {
    return new TableRow(table, RowFactory.create(values));
  }
}
