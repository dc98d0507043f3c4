package org.demarche.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.demarche.model.Span;

/**
 * Full-text search over article text ({@code articles_fts}) and quote words ({@code quotes_fts})
 * in FTS5 query syntax, hits of both kinds ranked together by bm25.
 */
final class SearchQueries {

  // Control characters mark matches inside snippets; they are taken out again in Java.
  private static final char OPEN = '\u0002';
  private static final char CLOSE = '\u0003';
  private static final int SNIPPET_TOKENS = 24;

  private static final String ARTICLE_HITS = """
      SELECT 'ARTICLE' AS kind, a.id AS article_id, a.published AS published, a.outlet AS outlet,
        NULL AS start, NULL AS "end", NULL AS speaker_id,
        snippet(articles_fts, 0, char(2), char(3), '…', %d) AS snip, bm25(articles_fts) AS score
      FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid
      WHERE articles_fts MATCH ?""".formatted(SNIPPET_TOKENS);

  private static final String QUOTE_HITS = """
      SELECT 'QUOTE' AS kind, q.article_id AS article_id, a.published AS published,
        a.outlet AS outlet, q.start AS start, q."end" AS "end", q.speaker_id AS speaker_id,
        snippet(quotes_fts, 0, char(2), char(3), '…', %d) AS snip, bm25(quotes_fts) AS score
      FROM quotes_fts JOIN quotes q ON q.pk = quotes_fts.rowid JOIN articles a ON a.id = q.article_id
      WHERE quotes_fts MATCH ?""".formatted(SNIPPET_TOKENS);

  private static final String ARTICLE_COUNT = """
      SELECT count(*) FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid
      WHERE articles_fts MATCH ?""";

  private static final String QUOTE_COUNT = """
      SELECT count(*) FROM quotes_fts JOIN quotes q ON q.pk = quotes_fts.rowid
        JOIN articles a ON a.id = q.article_id
      WHERE quotes_fts MATCH ?""";

  private SearchQueries() {}

  /** A page of hits; see {@link Database#search}. */
  static Page<SearchHit> search(Connection c, String query, SearchFilter filter, int page, int pageSize)
      throws SQLException {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("search query must not be blank");
    }
    query = FtsQuery.of(query);
    int size = Page.cappedSize(pageSize);
    long offset = Page.offset(page, size);
    Where where = where(filter);
    String filterSql = where.andSql();

    List<Object> countParams = new ArrayList<>();
    countParams.add(query);
    countParams.addAll(where.params());
    countParams.add(query);
    countParams.addAll(where.params());
    long total = Sql.count(c, "SELECT (" + ARTICLE_COUNT + filterSql + ") + (" + QUOTE_COUNT
        + filterSql + ")", countParams);

    List<Object> params = new ArrayList<>(countParams);
    params.add(size);
    params.add(offset);
    List<SearchHit> hits = Sql.list(c, ARTICLE_HITS + filterSql + " UNION ALL " + QUOTE_HITS
        + filterSql + " ORDER BY score, article_id, kind, start LIMIT ? OFFSET ?", params, rs -> {
          Integer start = Sql.intOrNull(rs, "start");
          Snippet snippet = Snippet.parse(rs.getString("snip"));
          return new SearchHit(HitKind.valueOf(rs.getString("kind")), rs.getString("article_id"),
              Sql.date(rs, "published"), rs.getString("outlet"), snippet.text(),
              snippet.highlights(), start == null ? null : new Span(start, rs.getInt("end")),
              rs.getString("speaker_id"), rs.getDouble("score"));
        });
    return new Page<>(hits, page, size, total);
  }

  private static Where where(SearchFilter f) {
    Where w = new Where();
    if (f.actor() != null) {
      w.and("EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article_id = a.id AND ae.entity_id = ?)",
          f.actor());
    }
    if (f.country() != null) {
      w.and("EXISTS (SELECT 1 FROM article_entities ac WHERE ac.article_id = a.id AND ac.country = ?)",
          f.country());
    }
    if (f.type() != null) {
      w.and("EXISTS (SELECT 1 FROM event_mentions em WHERE em.article_id = a.id AND em.type = ?)",
          f.type().name());
    }
    if (f.from() != null) {
      w.and("a.published >= ?", f.from());
    }
    if (f.to() != null) {
      w.and("a.published <= ?", f.to());
    }
    return w;
  }

  /** A snippet without its match markers, and where the markers were. */
  record Snippet(String text, List<Span> highlights) {

    static Snippet parse(String marked) {
      StringBuilder text = new StringBuilder(marked.length());
      List<Span> highlights = new ArrayList<>();
      int open = -1;
      for (int i = 0; i < marked.length(); i++) {
        char ch = marked.charAt(i);
        if (ch == OPEN) {
          open = text.length();
        } else if (ch == CLOSE && open >= 0) {
          highlights.add(new Span(open, text.length()));
          open = -1;
        } else if (ch != CLOSE) {
          text.append(ch);
        }
      }
      return new Snippet(text.toString(), highlights);
    }
  }
}
