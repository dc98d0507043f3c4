package org.demarche.model;

/**
 * A half-open range {@code [start, end)} of character offsets (UTF-16 units) into an article's
 * text.
 */
public record Span(int start, int end) {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /** The characters this span covers in {@code text}. */
  public String slice(String text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") beyond text of length " + text.length());
    }
    return text.substring(start, end);
  }

  public int length() {
    return end - start;
  }

  /** Whether this span and {@code other} share at least one character. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Whether {@code other} lies wholly inside this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }
}
