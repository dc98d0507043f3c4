package org.demarche.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One news article as read from its source, before any NLP.
 *
 * <p>{@code text} is the body exactly as stored and exported: every offset in Demarche points
 * into it. Immutable and thread-safe.
 *
 * @param id stable id: the file name without extension, or the id given by the input
 * @param sourcePath where the article came from (file path, {@code file.jsonl:12}, URL), never null
 * @param outlet the publisher when the input or the dateline names it, else null
 * @param published publication date when the header or metadata fixes it, else null
 * @param publishedBasis how {@code published} was determined, null when it is null
 * @param text the article body, never null
 * @param metadata other fields of the input (url, title, ...), never null
 */
public record Article(
    String id,
    String sourcePath,
    String outlet,
    LocalDate published,
    PublishedBasis publishedBasis,
    String text,
    Map<String, String> metadata) {

  public Article {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank");
    }
    Objects.requireNonNull(sourcePath, "sourcePath");
    Objects.requireNonNull(text, "text of article " + id);
    if ((published == null) != (publishedBasis == null)) {
      throw new IllegalArgumentException(
          "article " + id + ": published " + published + " and basis " + publishedBasis
              + " must be both set or both null");
    }
    metadata = Map.copyOf(metadata == null ? Map.of() : metadata);
  }

  /** An article with no date, outlet or metadata: for tests and sentence-level input. */
  public static Article of(String id, String text) {
    return new Article(id, id, null, null, null, text, Map.of());
  }

  /** This article with the given publication date and basis. */
  public Article withPublished(LocalDate date, PublishedBasis basis) {
    return new Article(id, sourcePath, outlet, date, basis, text, metadata);
  }

  /** This article with the given outlet. */
  public Article withOutlet(String newOutlet) {
    return new Article(id, sourcePath, newOutlet, published, publishedBasis, text, metadata);
  }
}
