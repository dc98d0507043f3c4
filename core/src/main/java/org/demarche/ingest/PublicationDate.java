package org.demarche.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.demarche.model.Article;
import org.demarche.model.Dateline;
import org.demarche.model.PublishedBasis;

/**
 * An article's publication date with how it was determined.
 *
 * <p>{@link #choose} applies the precedence of the export contract: a {@code date} header,
 * then a metadata field, then a dateline that states its year ({@code ASTANA, Feb. 28, 2023
 * --}). A dateline without a year ({@code Astana, Feb 28 (EFE).-}) never fixes the
 * publication date: its year would only have been guessed.
 *
 * @param date the date, never null
 * @param basis how it was determined, never null
 */
public record PublicationDate(LocalDate date, PublishedBasis basis) {

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

  public PublicationDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(basis, "basis");
  }

  /**
   * The best-founded publication date of {@code article}, or empty when neither the article
   * nor its dateline fixes one.
   *
   * @param article as a reader produced it: its date, if any, came from a header or metadata
   * @param dateline its dateline, or null
   */
  public static Optional<PublicationDate> choose(Article article, Dateline dateline) {
    PublicationDate fromArticle = article.published() == null
        ? null : new PublicationDate(article.published(), article.publishedBasis());
    PublicationDate fromDateline = dateline == null || dateline.date() == null
        || !YEAR.matcher(dateline.text()).find()
        ? null : new PublicationDate(dateline.date(), PublishedBasis.DATELINE);
    if (fromArticle == null) {
      return Optional.ofNullable(fromDateline);
    }
    if (fromDateline == null) {
      return Optional.of(fromArticle);
    }
    // enum order is the precedence: HEADER, METADATA, DATELINE, INFERRED
    return Optional.of(
        fromArticle.basis().compareTo(fromDateline.basis()) <= 0 ? fromArticle : fromDateline);
  }
}
