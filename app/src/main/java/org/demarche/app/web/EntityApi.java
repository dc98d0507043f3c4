package org.demarche.app.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.demarche.model.Entity;
import org.demarche.model.EntityType;
import org.demarche.store.Database;
import org.demarche.store.EntityProfile;
import org.demarche.store.EventFilter;
import org.demarche.store.EventSummary;
import org.demarche.store.Page;
import org.demarche.store.TimelineItem;

/**
 * {@code GET /api/entities/{id}} (an actor's names, office, counts, timeline and events per
 * month) and {@code GET /api/quotes?speaker=} (the quotes it said, paged).
 */
final class EntityApi {

  static final Set<String> QUOTE_PARAMS = Set.of("speaker", "page", "size");
  static final int DEFAULT_QUOTES = 20;
  /** Events per month are counted over at most this many of the actor's newest events. */
  static final int MAX_COUNTED_EVENTS = 5_000;

  /**
   * The answer about one entity.
   *
   * @param role the office, or null
   * @param aliases every name seen, canonical first
   * @param quoteCount quotes attributed to it
   * @param timeline its events (as source or target) and quotes, oldest first, undated last
   * @param timelineTruncated whether older timeline items were left out
   * @param eventsPerMonth events it took part in per month ({@code 2022-10}), months in order;
   *     undated events are not counted
   * @param eventsCounted how many events were counted
   * @param eventsCountTruncated whether older events were left uncounted
   */
  record EntityPage(String id, String name, String type, String country, String role,
      List<String> aliases, long mentionCount, long articleCount, long quoteCount,
      List<TimelineEntry> timeline, boolean timelineTruncated, List<MonthCount> eventsPerMonth,
      int eventsCounted, boolean eventsCountTruncated) {}

  /** One timeline item: {@code kind} EVENT with {@code event} or QUOTE with {@code quote}. */
  record TimelineEntry(String kind, LocalDate date, EventView event, QuoteView quote) {}

  /** How many events fell in one month ({@code 2022-10}). */
  record MonthCount(String month, int count) {}

  private final Database db;
  private final ActorDirectory actors;

  EntityApi(Database db, ActorDirectory actors) {
    this.db = db;
    this.actors = actors;
  }

  void entity(Context ctx) {
    Params.of(ctx, Set.of());
    String id = ctx.pathParam("id");
    EntityProfile profile = db.entity(id)
        .orElseThrow(() -> ApiException.notFound("no entity with id '" + id + "'"));
    Entity e = profile.entity();
    EvidenceLocator locator = new EvidenceLocator(db);
    List<TimelineEntry> timeline = new ArrayList<>();
    for (TimelineItem item : profile.timeline()) {
      if (item instanceof TimelineItem.EventItem ev) {
        timeline.add(new TimelineEntry("EVENT", item.date(), EventView.of(ev.event(), actors, locator), null));
      } else if (item instanceof TimelineItem.QuoteItem q) {
        timeline.add(new TimelineEntry("QUOTE", item.date(), null, QuoteView.of(q.quote(), actors)));
      }
    }
    long quoteCount = db.quotes(id, 1, 1).total();
    Map<String, Integer> months = new TreeMap<>();
    Set<String> counted = new HashSet<>();
    boolean truncated = countEvents(keys(e), months, counted);
    Json.send(ctx, new EntityPage(e.id(), e.name(), e.type().name(), e.country(), e.role(), e.aliases(),
        profile.mentionCount(), profile.articleCount(), quoteCount, timeline, profile.timelineTruncated(),
        months.entrySet().stream().map(m -> new MonthCount(m.getKey(), m.getValue())).toList(),
        counted.size(), truncated));
  }

  void quotes(Context ctx) {
    Params p = Params.of(ctx, QUOTE_PARAMS);
    String speaker = p.entityId("speaker");
    if (speaker == null) {
      throw ApiException.badParameter("speaker", "parameter 'speaker' is required (an entity id)");
    }
    int page = p.page();
    int size = p.size(DEFAULT_QUOTES);
    Json.send(ctx, PageView.of(db.quotes(speaker, page, size), q -> QuoteView.of(q, actors)));
  }

  // Counts events by month into `months`; returns whether the cap left some uncounted.
  private boolean countEvents(List<String> keys, Map<String, Integer> months, Set<String> counted) {
    for (String key : keys) {
      for (EventFilter f : List.of(new EventFilter(key, null, null, null, null, null),
          new EventFilter(null, key, null, null, null, null))) {
        for (int page = 1; ; page++) {
          Page<EventSummary> p = db.events(f, page, Page.MAX_SIZE);
          for (EventSummary s : p.items()) {
            if (counted.size() >= MAX_COUNTED_EVENTS) {
              return true;
            }
            if (counted.add(s.id()) && s.date() != null) {
              months.merge(s.date().toString().substring(0, 7), 1, Integer::sum);
            }
          }
          if (page >= p.pages()) {
            break;
          }
        }
      }
    }
    return false;
  }

  // the event keys that stand for an entity, as the store's timeline uses them
  private static List<String> keys(Entity e) {
    List<String> keys = new ArrayList<>(List.of(e.id()));
    if (e.type() == EntityType.COUNTRY && e.country() != null) {
      String key = "country:" + e.country().toLowerCase(Locale.ROOT);
      if (!key.equals(e.id())) {
        keys.add(key);
      }
    }
    return keys;
  }
}
