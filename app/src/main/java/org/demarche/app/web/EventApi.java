package org.demarche.app.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demarche.store.Database;
import org.demarche.store.Dyad;
import org.demarche.store.EventFilter;

/**
 * {@code GET /api/events} (deduplicated events with evidence, filtered and paged) and
 * {@code GET /api/network} (the actor network: one edge per source, target and type, weighted
 * by the number of events).
 */
final class EventApi {

  static final Set<String> EVENT_PARAMS =
      Set.of("actor", "target", "type", "issue", "from", "to", "page", "size");
  static final Set<String> NETWORK_PARAMS = Set.of("from", "to", "type", "actor");
  static final int DEFAULT_EVENTS = 20;
  /** The network carries at most this many edges, the heaviest. */
  static final int MAX_EDGES = 300;

  /**
   * The network.
   *
   * @param nodes the actors at either end of an edge, heaviest first
   * @param edges directed edges, heaviest first
   * @param totalEdges edges before the cap
   * @param truncated whether lighter edges were left out
   */
  record NetworkView(List<Node> nodes, List<Edge> edges, int totalEdges, boolean truncated) {}

  /** An actor of the network; {@code weight} sums the weights of its edges. */
  record Node(String id, String name, String type, String country, int weight) {}

  /** {@code weight} events of {@code type} that {@code source} directed at {@code target}. */
  record Edge(String source, String target, String type, int weight) {}

  private final Database db;
  private final ActorDirectory actors;

  EventApi(Database db, ActorDirectory actors) {
    this.db = db;
    this.actors = actors;
  }

  void events(Context ctx) {
    Params p = Params.of(ctx, EVENT_PARAMS);
    Params.DateRange range = p.dateRange();
    EventFilter filter = new EventFilter(p.entityId("actor"), p.entityId("target"), p.type("type"),
        p.text("issue"), range.from(), range.to());
    int page = p.page();
    int size = p.size(DEFAULT_EVENTS);
    EvidenceLocator locator = new EvidenceLocator(db);
    Json.send(ctx, PageView.of(db.events(filter, page, size), s -> EventView.of(s, actors, locator)));
  }

  void network(Context ctx) {
    Params p = Params.of(ctx, NETWORK_PARAMS);
    Params.DateRange range = p.dateRange();
    String actor = p.entityId("actor");
    List<Dyad> dyads = db.network(range.from(), range.to(), p.type("type")).stream()
        .filter(d -> actor == null || d.sourceKey().equals(actor) || d.targetKey().equals(actor))
        .toList();
    List<Dyad> kept = dyads.subList(0, Math.min(MAX_EDGES, dyads.size()));
    Map<String, Integer> weights = new LinkedHashMap<>();
    List<Edge> edges = new ArrayList<>();
    for (Dyad d : kept) {
      weights.merge(d.sourceKey(), d.weight(), Integer::sum);
      weights.merge(d.targetKey(), d.weight(), Integer::sum);
      edges.add(new Edge(d.sourceKey(), d.targetKey(), d.type().name(), d.weight()));
    }
    List<Node> nodes = weights.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(w -> {
          ActorView a = actors.actor(w.getKey());
          return new Node(a.id(), a.name(), a.type(), a.country(), w.getValue());
        })
        .toList();
    Json.send(ctx, new NetworkView(nodes, edges, dyads.size(), dyads.size() > kept.size()));
  }
}
