package org.demarche.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An annotated article whose mentions are resolved to canonical entities.
 *
 * @param annotated the NLP output
 * @param entities the entities mentioned, each once
 * @param mentions the mentions in text order
 */
public record ResolvedArticle(
    AnnotatedArticle annotated, List<Entity> entities, List<Mention> mentions) {

  public ResolvedArticle {
    Objects.requireNonNull(annotated, "annotated");
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
  }

  public String text() {
    return annotated.text();
  }

  /** The entities by id. */
  public Map<String, Entity> entitiesById() {
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : entities) {
      byId.put(e.id(), e);
    }
    return byId;
  }

  /** The mentions lying wholly inside {@code span}, in text order. */
  public List<Mention> mentionsIn(Span span) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (span.contains(m.span())) {
        out.add(m);
      }
    }
    return out;
  }
}
