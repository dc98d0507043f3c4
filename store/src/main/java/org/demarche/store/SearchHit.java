package org.demarche.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.demarche.model.Span;

/**
 * One full-text search hit.
 *
 * @param kind whether the article text or a quote matched
 * @param articleId the article
 * @param published the article's publication date, or null
 * @param outlet the article's outlet, or null
 * @param snippet an excerpt around the match, raw text (escape it before putting it in HTML);
 *     {@code …} marks a cut
 * @param highlights the matched words, as offsets into {@code snippet}
 * @param quoteSpan for a quote hit, where the quote stands in the article text; else null
 * @param speakerId for a quote hit, the speaker's entity id or null; null for a text hit
 * @param score FTS5 bm25 rank: lower is better; comparable within one search only
 */
public record SearchHit(
    HitKind kind,
    String articleId,
    LocalDate published,
    String outlet,
    String snippet,
    List<Span> highlights,
    Span quoteSpan,
    String speakerId,
    double score) {

  public SearchHit {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(snippet, "snippet");
    highlights = List.copyOf(highlights);
  }
}
