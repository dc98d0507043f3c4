package org.demarche.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.demarche.model.Entity;
import org.demarche.model.EntityType;

/** Queries about one entity: its merged record, counts, timeline and quotes. */
final class EntityQueries {

  // most recent first, undated last; ties broken so the order is total
  private static final Comparator<TimelineItem> NEWEST_FIRST = Comparator
      .comparing(TimelineItem::date, Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(EntityQueries::tieKey);

  private static final Comparator<TimelineItem> OLDEST_FIRST = Comparator
      .comparing(TimelineItem::date, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(EntityQueries::tieKey);

  private EntityQueries() {}

  /** The profile of entity {@code id}, or empty when no stored article names it. */
  static Optional<EntityProfile> profile(Connection c, String id) throws SQLException {
    Optional<Entity> head = Sql.first(c, "SELECT * FROM entities WHERE id = ?", Sql.params(id),
        rs -> new Entity(rs.getString("id"), rs.getString("name"),
            EntityType.valueOf(rs.getString("type")), rs.getString("country"),
            rs.getString("role"), List.of()));
    if (head.isEmpty()) {
      return Optional.empty();
    }
    Entity e = head.get();
    Set<String> aliases = new LinkedHashSet<>();
    aliases.add(e.name());
    aliases.addAll(Sql.list(c, "SELECT alias FROM aliases WHERE entity_id = ? ORDER BY pk",
        Sql.params(id), rs -> rs.getString(1)));
    Entity merged = new Entity(e.id(), e.name(), e.type(), e.country(), e.role(), List.copyOf(aliases));
    long mentions = Sql.count(c, "SELECT count(*) FROM mentions WHERE entity_id = ?", Sql.params(id));
    long articles = Sql.count(c,
        "SELECT count(DISTINCT article_id) FROM article_entities WHERE entity_id = ?", Sql.params(id));

    int limit = EntityProfile.TIMELINE_LIMIT;
    List<TimelineItem> items = new ArrayList<>();
    for (EventSummary event : EventQueries.involving(c, eventKeys(merged), limit + 1)) {
      items.add(new TimelineItem.EventItem(event));
    }
    for (StoredQuote quote : quoteRows(c, id, limit + 1, 0)) {
      items.add(new TimelineItem.QuoteItem(quote));
    }
    items.sort(NEWEST_FIRST);
    boolean truncated = items.size() > limit;
    List<TimelineItem> kept = new ArrayList<>(items.subList(0, Math.min(limit, items.size())));
    kept.sort(OLDEST_FIRST);
    return Optional.of(new EntityProfile(merged, mentions, articles, kept, truncated));
  }

  /** A page of the quotes said by {@code speakerId}, newest article first. */
  static Page<StoredQuote> quotes(Connection c, String speakerId, int page, int pageSize)
      throws SQLException {
    int size = Page.cappedSize(pageSize);
    long offset = Page.offset(page, size);
    long total = Sql.count(c, "SELECT count(*) FROM quotes WHERE speaker_id = ?", Sql.params(speakerId));
    return new Page<>(quoteRows(c, speakerId, size, offset), page, size, total);
  }

  private static List<StoredQuote> quoteRows(Connection c, String speakerId, int limit, long offset)
      throws SQLException {
    return Sql.list(c, """
        SELECT q.*, a.published AS published, a.outlet AS outlet
        FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE q.speaker_id = ?
        ORDER BY a.published DESC, q.article_id, q.ord
        LIMIT ? OFFSET ?""", Sql.params(speakerId, limit, offset),
        rs -> new StoredQuote(rs.getString("article_id"), Sql.date(rs, "published"),
            rs.getString("outlet"), ExtractionReader.quote(rs)));
  }

  /** The event keys that stand for {@code e}: its id, and for a country the bare-code key too. */
  private static List<String> eventKeys(Entity e) {
    List<String> keys = new ArrayList<>();
    keys.add(e.id());
    if (e.type() == EntityType.COUNTRY && e.country() != null) {
      String countryKey = "country:" + e.country().toLowerCase(Locale.ROOT);
      if (!countryKey.equals(e.id())) {
        keys.add(countryKey);
      }
    }
    return keys;
  }

  private static String tieKey(TimelineItem item) {
    if (item instanceof TimelineItem.EventItem ev) {
      return "0 " + ev.event().id();
    }
    StoredQuote q = ((TimelineItem.QuoteItem) item).quote();
    return "1 " + q.articleId() + ' ' + String.format("%010d", q.quote().start());
  }
}
