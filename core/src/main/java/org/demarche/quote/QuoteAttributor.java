package org.demarche.quote;

import java.util.List;
import org.demarche.model.Quote;
import org.demarche.model.ResolvedArticle;

/** Finds quotations and reported speech in an article and attributes each to its speaker. */
public interface QuoteAttributor {

  /** The quotes in {@code article}, in text order. Thread-safe. */
  List<Quote> attribute(ResolvedArticle article);
}
