package org.demarche.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.demarche.model.Article;
import org.demarche.model.Dateline;
import org.demarche.model.Event;
import org.demarche.model.EventActor;
import org.demarche.model.Extraction;
import org.demarche.model.Quote;
import org.demarche.model.Timex;

/**
 * Writes and deletes whole articles. Runs inside the caller's transaction: it never commits, so
 * an article is stored entirely or not at all.
 */
final class ExtractionWriter {

  private final Connection c;

  ExtractionWriter(Connection c) {
    this.c = c;
  }

  /** Stores {@code x} as described by {@link Database#store}; {@code now} is the ingestion time. */
  StoreOutcome write(Extraction x, Instant now) throws SQLException {
    Article a = x.article();
    String hash = ContentHash.of(a);
    Optional<String> old = Sql.first(c, "SELECT content_hash FROM articles WHERE id = ?",
        Sql.params(a.id()), rs -> rs.getString(1));
    if (old.isPresent() && old.get().equals(hash)) {
      return StoreOutcome.ALREADY_PRESENT;
    }
    if (old.isPresent()) {
      delete(a.id());
    }
    insertArticle(a, x.dateline(), hash, now);
    new EntityWriter(c).write(a.id(), a.published(), now, x.entities());
    insertQuotes(a.id(), x.quotes());
    insertEvents(a.id(), x.events());
    insertTimexes(a.id(), x.timexes());
    return old.isPresent() ? StoreOutcome.REPLACED : StoreOutcome.STORED;
  }

  /** Deletes article {@code id} with everything read from it; false when it is not stored. */
  boolean delete(String id) throws SQLException {
    List<String> events = Sql.list(c, "SELECT DISTINCT event_id FROM event_mentions WHERE article_id = ?",
        Sql.params(id), rs -> rs.getString(1));
    // ON DELETE CASCADE removes the article's rows; the FTS triggers unindex its text and quotes
    int deleted = Sql.update(c, "DELETE FROM articles WHERE id = ?", id);
    for (String event : events) {
      Sql.update(c, "DELETE FROM events WHERE id = ?"
          + " AND NOT EXISTS (SELECT 1 FROM event_mentions WHERE event_id = ?)", event, event);
    }
    return deleted > 0;
  }

  private void insertArticle(Article a, Dateline d, String hash, Instant now) throws SQLException {
    Sql.update(c, """
        INSERT INTO articles(id, content_hash, source_path, outlet, published, published_basis, text,
          dateline_text, dateline_start, dateline_end, dateline_place, dateline_country,
          dateline_outlet, dateline_date, ingested_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        a.id(), hash, a.sourcePath(), a.outlet(), a.published(),
        a.publishedBasis() == null ? null : a.publishedBasis().wireName(), a.text(),
        d == null ? null : d.text(), d == null ? null : d.span().start(),
        d == null ? null : d.span().end(), d == null ? null : d.place(),
        d == null ? null : d.country(), d == null ? null : d.outlet(),
        d == null ? null : d.date(), now.toString());
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO article_metadata(article_id, key, value) VALUES (?, ?, ?)")) {
      for (Map.Entry<String, String> m : a.metadata().entrySet()) {
        Sql.run(ps, a.id(), m.getKey(), m.getValue());
      }
    }
  }

  private void insertQuotes(String articleId, List<Quote> quotes) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("""
        INSERT INTO quotes(article_id, ord, start, "end", text, speaker_id, speaker_text,
          speaker_start, speaker_end, cue, rule)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
      for (int i = 0; i < quotes.size(); i++) {
        Quote q = quotes.get(i);
        Sql.run(ps, articleId, i, q.start(), q.end(), q.text(), q.speakerId(), q.speakerText(),
            q.speakerSpan() == null ? null : q.speakerSpan().start(),
            q.speakerSpan() == null ? null : q.speakerSpan().end(), q.cue(), q.rule());
      }
    }
  }

  private void insertEvents(String articleId, List<Event> events) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("""
        INSERT INTO event_mentions(event_id, article_id, ord, sentence_start, sentence_end,
          evidence_start, evidence_end, evidence_text, type, cameo,
          source_entity, source_country, source_text, target_entity, target_country, target_text,
          issue, negated, modality, date, location_name, location_country, trigger_word,
          quad_class, goldstein)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        String eventId = SqlEventLedger.assign(c, e);
        EventActor s = e.source();
        EventActor t = e.target();
        Sql.run(ps, eventId, articleId, i, e.sentence().start(), e.sentence().end(),
            e.evidence().start(), e.evidence().end(), e.evidenceText(), e.type().name(), e.cameo(),
            s.entity(), s.country(), s.text(),
            t == null ? null : t.entity(), t == null ? null : t.country(), t == null ? null : t.text(),
            e.issue(), e.negated(), e.modality().wireName(), e.date(),
            e.location() == null ? null : e.location().name(),
            e.location() == null ? null : e.location().country(), e.trigger(),
            e.quadClass(), e.goldstein());
      }
    }
  }

  private void insertTimexes(String articleId, List<Timex> timexes) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO timexes(article_id, ord, start, \"end\", text, value, type) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < timexes.size(); i++) {
        Timex t = timexes.get(i);
        Sql.run(ps, articleId, i, t.span().start(), t.span().end(), t.text(), t.value(), t.type());
      }
    }
  }
}
