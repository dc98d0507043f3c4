package org.demarche.app.web;

import io.javalin.http.Context;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.demarche.model.Entity;
import org.demarche.model.Extraction;
import org.demarche.store.Database;
import org.demarche.store.Page;
import org.demarche.store.SearchFilter;
import org.demarche.store.SearchHit;

/**
 * {@code GET /api/search}: full-text search of article text and quotes (FTS5 syntax) with
 * filters, plus the actors that the hits' articles name and the query matches, so that a search
 * for a name leads to that actor's page.
 */
final class SearchApi {

  static final Set<String> PARAMS = Set.of("q", "actor", "country", "type", "from", "to", "page", "size");
  static final int DEFAULT_SIZE = 20;
  static final int MAX_ACTORS = 8;

  private static final Set<String> OPERATORS = Set.of("and", "or", "not", "near");

  /**
   * The answer.
   *
   * @param query the query as searched
   * @param results this page's hits, best first
   * @param actors actors named in the hits' articles whose names match the query, and the
   *     speakers of quote hits, most frequent first
   */
  record SearchView(String query, List<Hit> results, int page, int size, long total, long pages,
      List<ActorView> actors) {}

  /**
   * One hit.
   *
   * @param kind ARTICLE (the text matched) or QUOTE (a quote's words matched)
   * @param snippet raw text around the match; {@code highlights} are offsets into it
   * @param quote for a quote hit, the quote's span in the article
   * @param speaker for a quote hit, its speaker or null
   * @param score bm25 rank, lower is better
   */
  record Hit(String kind, String article, String title, LocalDate published, String outlet,
      String snippet, List<SpanView> highlights, SpanView quote, ActorView speaker, double score) {}

  private final Database db;
  private final ActorDirectory actors;

  SearchApi(Database db, ActorDirectory actors) {
    this.db = db;
    this.actors = actors;
  }

  void search(Context ctx) {
    Params p = Params.of(ctx, PARAMS);
    String q = p.required("q");
    Params.DateRange range = p.dateRange();
    SearchFilter filter = new SearchFilter(p.entityId("actor"), p.country("country"), p.type("type"),
        range.from(), range.to());
    int page = p.page();
    int size = p.size(DEFAULT_SIZE);
    Page<SearchHit> hits;
    try {
      hits = db.search(q, filter, page, size);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("q", e.getMessage());
    }
    EvidenceLocator articles = new EvidenceLocator(db);
    List<Hit> results = new ArrayList<>();
    for (SearchHit h : hits.items()) {
      Optional<Extraction> x = articles.article(h.articleId());
      results.add(new Hit(h.kind().name(), h.articleId(),
          x.map(e -> e.article().metadata().get("title")).orElse(null), h.published(), h.outlet(),
          h.snippet(), h.highlights().stream().map(SpanView::of).toList(), SpanView.of(h.quoteSpan()),
          h.speakerId() == null ? null : actors.actor(h.speakerId()), h.score()));
    }
    Json.send(ctx, new SearchView(q, results, hits.page(), hits.size(), hits.total(), hits.pages(),
        matchingActors(q, hits.items(), articles)));
  }

  private List<ActorView> matchingActors(String q, List<SearchHit> hits, EvidenceLocator articles) {
    List<String> terms = terms(q);
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, ActorView> views = new HashMap<>();
    for (SearchHit h : hits) {
      if (h.speakerId() != null) {
        counts.merge(h.speakerId(), 1, Integer::sum);
      }
      articles.article(h.articleId()).ifPresent(x -> x.entities().forEach(em -> {
        Entity e = em.entity();
        if (matches(e, terms)) {
          counts.merge(e.id(), 1, Integer::sum);
          views.putIfAbsent(e.id(), ActorView.of(e));
        }
      }));
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_ACTORS)
        // the merged record, whose name is the latest; the article's as a fallback
        .map(en -> {
          ActorView merged = actors.actor(en.getKey());
          return merged.type() == null && views.containsKey(en.getKey()) ? views.get(en.getKey()) : merged;
        })
        .toList();
  }

  private static boolean matches(Entity e, List<String> terms) {
    if (terms.isEmpty()) {
      return false;
    }
    List<String> names = new ArrayList<>(e.aliases());
    names.add(e.name());
    for (String name : names) {
      String folded = fold(name);
      for (String t : terms) {
        if (folded.contains(t)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The words of an FTS5 query without operators, folded; words under 3 letters are too vague. */
  static List<String> terms(String q) {
    List<String> out = new ArrayList<>();
    for (String w : fold(q).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 3 && !OPERATORS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** Lower case without diacritics: {@code Çavuşoğlu} folds to {@code cavusoglu}. */
  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }
}
