package org.demarche.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What {@link HtmlExtractor} finds in one HTML page.
 *
 * @param text the main text, paragraphs joined by blank lines ({@code \n\n}); empty when the
 *     page has none, never null
 * @param title from {@code og:title}, else {@code <title>}, else the first {@code <h1>}; or null
 * @param outlet from {@code og:site_name}, or null
 * @param url the canonical URL ({@code <link rel=canonical>}, else {@code og:url}), or null
 * @param published the publication date from the page's meta tags, or null
 * @param unreadableDate when no date tag could be read but one was present: its value, to be
 *     reported; else null
 * @param refusal why the page was not read at all ({@code nested too deeply ...}), with an
 *     empty text; else null
 */
public record ExtractedPage(
    String text,
    String title,
    String outlet,
    String url,
    LocalDate published,
    String unreadableDate,
    String refusal) {

  public ExtractedPage {
    Objects.requireNonNull(text, "text");
  }
}
