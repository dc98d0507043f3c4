package org.demarche.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.demarche.model.PloverType;

/** Queries over deduplicated events: filtered pages, an actor's events, the dyad network. */
final class EventQueries {

  // The page of events is chosen first (by the events_date index when unfiltered), then only
  // its events' mentions are counted.
  private static final String SUMMARY = """
      SELECT p.id, p.type, p.source_key, p.target_key, p.date,
        count(*) AS num_mentions,
        count(DISTINCT a.outlet) AS num_sources,
        count(DISTINCT m.article_id) AS num_articles,
        (SELECT f.article_id FROM event_mentions f WHERE f.event_id = p.id ORDER BY f.pk LIMIT 1)
          AS first_article,
        (SELECT f.evidence_text FROM event_mentions f WHERE f.event_id = p.id ORDER BY f.pk LIMIT 1)
          AS first_evidence
      FROM page p
        JOIN event_mentions m ON m.event_id = p.id
        JOIN articles a ON a.id = m.article_id
      GROUP BY p.id
      ORDER BY p.date DESC, p.id DESC""";

  // newest first; SQLite sorts NULL lowest, so undated events come last
  private static final String NEWEST_FIRST = " ORDER BY e.date DESC, e.id DESC";

  private EventQueries() {}

  /** A page of events matching {@code filter}, newest first, undated last. */
  static Page<EventSummary> events(Connection c, EventFilter filter, int page, int pageSize)
      throws SQLException {
    int size = Page.cappedSize(pageSize);
    long offset = Page.offset(page, size);
    Where where = where(filter);
    long total = Sql.count(c, "SELECT count(*) FROM events e" + where.sql(), where.params());
    return new Page<>(summaries(c, where, size, offset), page, size, total);
  }

  /** The newest {@code limit} events whose source or target key is one of {@code keys}. */
  static List<EventSummary> involving(Connection c, List<String> keys, int limit) throws SQLException {
    String marks = String.join(", ", Collections.nCopies(keys.size(), "?"));
    Where where = new Where();
    List<Object> both = new ArrayList<>(keys);
    both.addAll(keys);
    where.and("(e.source_key IN (" + marks + ") OR e.target_key IN (" + marks + "))", both.toArray());
    return summaries(c, where, limit, 0);
  }

  /** The dyads of events dated in [from, to] (either end may be null) of {@code type} (or all). */
  static List<Dyad> network(Connection c, LocalDate from, LocalDate to, PloverType type)
      throws SQLException {
    Where where = new Where().and("target_key IS NOT NULL");
    if (type != null) {
      where.and("type = ?", type.name());
    }
    if (from != null) {
      where.and("date >= ?", from);
    }
    if (to != null) {
      where.and("date <= ?", to);
    }
    return Sql.list(c, "SELECT source_key, target_key, type, count(*) AS weight FROM events"
        + where.sql() + " GROUP BY source_key, target_key, type"
        + " ORDER BY weight DESC, source_key, target_key, type", where.params(),
        rs -> new Dyad(rs.getString("source_key"), rs.getString("target_key"),
            PloverType.valueOf(rs.getString("type")), rs.getInt("weight")));
  }

  private static List<EventSummary> summaries(Connection c, Where where, int limit, long offset)
      throws SQLException {
    List<Object> params = new ArrayList<>(where.params());
    params.add(limit);
    params.add(offset);
    return Sql.list(c, "WITH page AS (SELECT e.* FROM events e" + where.sql() + NEWEST_FIRST
        + " LIMIT ? OFFSET ?) " + SUMMARY, params,
        rs -> new EventSummary(rs.getString("id"), PloverType.valueOf(rs.getString("type")),
            rs.getString("source_key"), rs.getString("target_key"), Sql.date(rs, "date"),
            rs.getInt("num_mentions"), rs.getInt("num_sources"), rs.getInt("num_articles"),
            rs.getString("first_article"), rs.getString("first_evidence")));
  }

  private static Where where(EventFilter f) {
    Where w = new Where();
    if (f.actor() != null) {
      w.and("e.source_key = ?", f.actor());
    }
    if (f.target() != null) {
      w.and("e.target_key = ?", f.target());
    }
    if (f.type() != null) {
      w.and("e.type = ?", f.type().name());
    }
    if (f.issue() != null) {
      w.and("EXISTS (SELECT 1 FROM event_mentions i WHERE i.event_id = e.id"
          + " AND i.issue LIKE ? ESCAPE '\\')", "%" + escapeLike(f.issue()) + "%");
    }
    if (f.from() != null) {
      w.and("e.date >= ?", f.from());
    }
    if (f.to() != null) {
      w.and("e.date <= ?", f.to());
    }
    return w;
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
