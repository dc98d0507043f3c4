package org.demarche.app.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demarche.model.PloverType;
import org.demarche.store.Database;
import org.demarche.store.EventFilter;
import org.demarche.store.EventSummary;
import org.demarche.store.Page;

/**
 * {@code GET /api/positions}: who took which position on an issue towards whom, when and in
 * what words: a source × target matrix whose cells hold the events over time, each with its
 * evidence ("who declared support for whose territorial integrity").
 */
final class PositionsApi {

  static final Set<String> PARAMS = Set.of("issue", "type", "from", "to");
  /** The matrix is built from at most this many events, the newest. */
  static final int MAX_EVENTS = 1_000;
  /** A cell lists at most this many of its events, the newest, with their evidence. */
  static final int MAX_PER_CELL = 20;

  /**
   * The answer.
   *
   * @param issue the issue searched (case-insensitive substring of the events' issue), or null for all
   * @param type the PLOVER type, or null for all
   * @param sources the row actors, most events first
   * @param targets the column actors, most events first
   * @param cells the non-empty cells
   * @param total events matching
   * @param truncated whether older events were left out of the matrix
   */
  record PositionsView(String issue, String type, LocalDate from, LocalDate to, List<ActorView> sources,
      List<ActorView> targets, List<Cell> cells, long total, boolean truncated) {}

  /**
   * The events a source directed at a target.
   *
   * @param count how many there are
   * @param first the earliest date, or null
   * @param last the latest date, or null
   * @param events the newest {@link #MAX_PER_CELL} of them, oldest first (undated last)
   */
  record Cell(String source, String target, int count, LocalDate first, LocalDate last, List<EventView> events) {}

  private final Database db;
  private final ActorDirectory actors;

  PositionsApi(Database db, ActorDirectory actors) {
    this.db = db;
    this.actors = actors;
  }

  void positions(Context ctx) {
    Params p = Params.of(ctx, PARAMS);
    String issue = p.text("issue");
    PloverType type = p.type("type");
    Params.DateRange range = p.dateRange();
    EventFilter filter = new EventFilter(null, null, type, issue, range.from(), range.to());
    List<EventSummary> events = new ArrayList<>();
    long total = 0;
    for (int page = 1; events.size() < MAX_EVENTS; page++) {
      Page<EventSummary> pg = db.events(filter, page, Page.MAX_SIZE);
      total = pg.total();
      events.addAll(pg.items());
      if (page >= pg.pages()) {
        break;
      }
    }
    if (events.size() > MAX_EVENTS) {
      events = events.subList(0, MAX_EVENTS);
    }
    Map<String, Map<String, List<EventSummary>>> matrix = new LinkedHashMap<>();
    Map<String, Integer> sourceCounts = new LinkedHashMap<>();
    Map<String, Integer> targetCounts = new LinkedHashMap<>();
    for (EventSummary s : events) {
      if (s.targetKey() == null) {
        continue;
      }
      matrix.computeIfAbsent(s.sourceKey(), k -> new LinkedHashMap<>())
          .computeIfAbsent(s.targetKey(), k -> new ArrayList<>()).add(s);
      sourceCounts.merge(s.sourceKey(), 1, Integer::sum);
      targetCounts.merge(s.targetKey(), 1, Integer::sum);
    }
    Comparator<EventSummary> byDate = Comparator.comparing(EventSummary::date,
        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(EventSummary::id);
    EvidenceLocator locator = new EvidenceLocator(db);
    List<Cell> cells = new ArrayList<>();
    matrix.forEach((source, row) -> row.forEach((target, list) -> {
      list.sort(byDate);
      List<LocalDate> dates = list.stream().map(EventSummary::date).filter(d -> d != null).toList();
      // the newest dated ones; undated events sort last and are shown only when few
      int from = Math.max(0, Math.min(dates.size(), list.size()) - MAX_PER_CELL);
      List<EventView> shown = list.subList(from, Math.min(list.size(), from + MAX_PER_CELL)).stream()
          .map(s -> EventView.of(s, actors, locator)).toList();
      cells.add(new Cell(source, target, list.size(), dates.isEmpty() ? null : dates.get(0),
          dates.isEmpty() ? null : dates.get(dates.size() - 1), shown));
    }));
    Json.send(ctx, new PositionsView(issue, type == null ? null : type.name(), range.from(), range.to(),
        ranked(sourceCounts), ranked(targetCounts), cells, total, total > events.size()));
  }

  private List<ActorView> ranked(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> actors.actor(e.getKey()))
        .toList();
  }
}
