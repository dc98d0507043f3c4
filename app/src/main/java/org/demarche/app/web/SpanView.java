package org.demarche.app.web;

import org.demarche.model.Span;

/** Character offsets {@code [start, end)} (UTF-16 units, as JavaScript counts) into an article's text. */
record SpanView(int start, int end) {

  /** The view of {@code span}, or null for null. */
  static SpanView of(Span span) {
    return span == null ? null : new SpanView(span.start(), span.end());
  }
}
