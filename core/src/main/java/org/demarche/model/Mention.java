package org.demarche.model;

import java.util.Objects;

/**
 * A place in the text that names (or describes) an entity.
 *
 * @param span character offsets into the article text
 * @param text the covered text, equal to {@code span.slice(articleText)}
 * @param entityId the entity it resolves to
 * @param rule why: which resolution rule made the link ({@code alias}, {@code name-key},
 *     {@code surname}, {@code description}, {@code ner}, ...)
 */
public record Mention(Span span, String text, String entityId, String rule) {

  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(rule, "rule");
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }
}
