package org.demarche.app.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.demarche.model.Event;
import org.demarche.model.EventActor;
import org.demarche.model.Extraction;
import org.demarche.store.Database;
import org.demarche.store.EventSummary;

/**
 * Finds, for a deduplicated event, its first mention in its article, so that the API can point
 * at the evidence sentence by offsets. Remembers the articles it read: one instance serves one
 * request. Not thread-safe.
 */
final class EvidenceLocator {

  private final Database db;
  private final Map<String, Optional<Extraction>> articles = new HashMap<>();

  EvidenceLocator(Database db) {
    this.db = db;
  }

  /** The stored article {@code id}, or empty. */
  Optional<Extraction> article(String id) {
    return articles.computeIfAbsent(id, db::article);
  }

  /**
   * The event mention in {@code s}'s first article with its type, actor keys and evidence
   * text, or empty (the article may have been replaced since).
   */
  Optional<Event> firstMention(EventSummary s) {
    if (s.firstArticleId() == null) {
      return Optional.empty();
    }
    return article(s.firstArticleId()).flatMap(x -> x.events().stream()
        .filter(e -> e.type() == s.type()
            && e.evidenceText().equals(s.firstEvidence())
            && key(e.source()).equals(s.sourceKey())
            && Objects.equals(e.target() == null ? null : key(e.target()), s.targetKey()))
        .findFirst());
  }

  // as the store keys actors: the entity id, else the country's id
  private static String key(EventActor a) {
    return a.entity() != null ? a.entity() : "country:" + a.country().toLowerCase(Locale.ROOT);
  }
}
