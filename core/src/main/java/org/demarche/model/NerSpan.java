package org.demarche.model;

import java.util.Objects;

/**
 * A named-entity span found by the NLP library.
 *
 * @param span character offsets into the article text
 * @param text the covered text
 * @param label coarse label: PERSON, LOCATION, ORGANIZATION, MISC, COUNTRY, CITY, NATIONALITY, ...
 */
public record NerSpan(Span span, String text, String label) {

  public NerSpan {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(label, "label");
  }
}
