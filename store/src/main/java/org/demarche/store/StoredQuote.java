package org.demarche.store;

import java.time.LocalDate;
import java.util.Objects;
import org.demarche.model.Quote;

/**
 * A quote with the article it stands in.
 *
 * @param articleId the article
 * @param published the article's publication date, or null
 * @param outlet the article's outlet, or null
 * @param quote the quote; its offsets point into that article's text
 */
public record StoredQuote(String articleId, LocalDate published, String outlet, Quote quote) {

  public StoredQuote {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(quote, "quote");
  }
}
