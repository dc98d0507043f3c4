package org.demarche.quote;

import org.demarche.model.Span;

/**
 * Quoted words found in the text, before attribution.
 *
 * @param span the words, without the marks
 * @param open the span where the marks stand (opening mark to closing mark inclusive), or the
 *     words alone for unmarked speech
 * @param continued whether the quote continues a quote left open at the previous paragraph's end
 * @param unmarked whether it is first-person speech without marks ({@code ..., said the Kazakh leader.})
 */
record QuoteSpan(Span span, Span open, boolean continued, boolean unmarked) {}
