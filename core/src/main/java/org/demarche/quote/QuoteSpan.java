package org.demarche.quote;

import java.util.Objects;
import org.demarche.model.Span;

/**
 * Quoted words found in the text, before attribution.
 *
 * @param span the words, without the marks; a quote running over several paragraphs is one span
 *     from its first opening mark to its last closing mark
 * @param marks from the opening mark to the closing mark inclusive, or the words alone for
 *     unmarked speech
 * @param unmarked whether it is first-person speech without marks ({@code ..., said the Kazakh leader.})
 */
record QuoteSpan(Span span, Span marks, boolean unmarked) {

  QuoteSpan {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(marks, "marks");
    if (!marks.contains(span)) {
      throw new IllegalArgumentException("marks " + marks + " must contain the words " + span);
    }
  }
}
