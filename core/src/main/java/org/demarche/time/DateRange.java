package org.demarche.time;

import java.time.MonthDay;
import java.util.Objects;
import org.demarche.model.Span;

/**
 * A range of days written as one expression: {@code Oct. 12-13}, {@code 12-13 October},
 * {@code October 12 to 13}, {@code Sept. 30-Oct. 2, 2022}.
 *
 * @param span where the expression stands in the text searched
 * @param text the expression as written
 * @param first the first day
 * @param last the last day
 * @param year the year written after the range (the year of the last day), or null
 */
public record DateRange(Span span, String text, MonthDay first, MonthDay last, Integer year) {

  public DateRange {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
  }
}
