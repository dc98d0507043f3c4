package org.demarche.model;

import java.util.Objects;

/**
 * Quoted (or unmarked reported) words and who said them.
 *
 * @param span the quoted words, without the quote marks
 * @param text {@code span.slice(articleText)}
 * @param speakerId entity id of the speaker, or null when none can be found
 * @param speakerText the words naming the speaker in the article, or null
 * @param speakerSpan where {@code speakerText} stands, or null
 * @param cue the reporting verb ({@code said}, {@code added}), or null
 * @param rule which attribution rule found the speaker, or null
 */
public record Quote(
    Span span,
    String text,
    String speakerId,
    String speakerText,
    Span speakerSpan,
    String cue,
    String rule) {

  public Quote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }
}
