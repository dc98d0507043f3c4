package org.demarche.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.demarche.model.Article;
import org.demarche.model.PublishedBasis;

/**
 * An {@link Article} in a form Spark can ship between JVMs (Java or Kryo serialization), with
 * the place it was read at so that of two articles with one id the later read wins, as it would
 * in the store. Immutable.
 */
final class ArticleRecord implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final String sourcePath;
  private final String outlet;
  private final String published;
  private final String publishedBasis;
  private final String text;
  private final HashMap<String, String> metadata;
  private final long fileIndex;
  private final long recordIndex;

  /**
   * @param fileIndex the position of the input file in the listing
   * @param recordIndex the position of the article in its file
   */
  ArticleRecord(Article a, long fileIndex, long recordIndex) {
    this.id = a.id();
    this.sourcePath = a.sourcePath();
    this.outlet = a.outlet();
    this.published = a.published() == null ? null : a.published().toString();
    this.publishedBasis = a.publishedBasis() == null ? null : a.publishedBasis().name();
    this.text = a.text();
    this.metadata = new HashMap<>(a.metadata());
    this.fileIndex = fileIndex;
    this.recordIndex = recordIndex;
  }

  String id() {
    return id;
  }

  /** The article again. */
  Article article() {
    return new Article(id, sourcePath, outlet, published == null ? null : LocalDate.parse(published),
        publishedBasis == null ? null : PublishedBasis.valueOf(publishedBasis), text, metadata);
  }

  /** Of two reads of one id, the one read last (the one a store fed in input order would keep). */
  static ArticleRecord later(ArticleRecord a, ArticleRecord b) {
    if (a.fileIndex != b.fileIndex) {
      return a.fileIndex > b.fileIndex ? a : b;
    }
    return a.recordIndex >= b.recordIndex ? a : b;
  }
}
