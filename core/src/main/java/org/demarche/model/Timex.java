package org.demarche.model;

import java.util.Objects;

/**
 * A time expression and its normalized value.
 *
 * @param text the expression as it stands in the text
 * @param span character offsets into the article text
 * @param value ISO date, month, year or period ({@code 2023-02-28}, {@code 2009-10}, {@code P1Y}),
 *     as far as determined; null when it cannot be normalized
 * @param type the TIMEX3 type: DATE, TIME, DURATION or SET
 */
public record Timex(String text, Span span, String value, String type) {

  public Timex {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
  }
}
