package org.demarche.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Entity;
import org.demarche.model.Mention;
import org.demarche.model.ResolvedArticle;
import org.demarche.model.Span;
import org.demarche.resolve.gazetteer.GazetteerEntry;
import org.demarche.resolve.gazetteer.Standing;

/**
 * The entities one article names and their mentions, as resolution finds them. An entity's role
 * and country are those of its {@link Standing} at the article's date. Not thread-safe: one per
 * article and call.
 */
final class ArticleActors {

  /** At most this many aliases are exported per entity; the article's own forms are added later. */
  private static final int MAX_ALIASES = 12;

  private final LocalDate date;
  private final Map<String, Entity> entities = new LinkedHashMap<>();
  private final Map<String, GazetteerEntry> known = new LinkedHashMap<>();
  private final List<Mention> mentions = new ArrayList<>();

  /** @param date the article's publication date, or null when unknown */
  ArticleActors(LocalDate date) {
    this.date = date;
  }

  LocalDate date() {
    return date;
  }

  /** Adds a mention of a gazetteer entry. */
  void add(GazetteerEntry entry, Span span, String text, String rule) {
    entities.computeIfAbsent(entry.id(), id -> toEntity(entry));
    known.putIfAbsent(entry.id(), entry);
    mentions.add(new Mention(span, text, entry.id(), rule));
  }

  /** Adds a mention of an entity the gazetteer does not know. */
  void add(Entity entity, Span span, String text, String rule) {
    entities.putIfAbsent(entity.id(), entity);
    mentions.add(new Mention(span, text, entity.id(), rule));
  }

  /** Whether a mention already overlaps {@code span}. */
  boolean covered(Span span) {
    for (Mention m : mentions) {
      if (m.span().overlaps(span)) {
        return true;
      }
    }
    return false;
  }

  /** The mentions so far, in the order they were added. */
  List<Mention> mentions() {
    return mentions;
  }

  /** The entity with this id, or null. */
  Entity entity(String id) {
    return entities.get(id);
  }

  /** The entities so far, by id. */
  Map<String, Entity> entities() {
    return entities;
  }

  /** The gazetteer entry behind an entity, or null for an entity the gazetteer does not know. */
  GazetteerEntry gazetteerEntry(String id) {
    return known.get(id);
  }

  /** The export entity of a gazetteer entry at this article's date. */
  Entity toEntity(GazetteerEntry e) {
    Standing standing = e.standingAt(date);
    List<String> aliases = new ArrayList<>();
    aliases.add(e.name());
    for (String a : e.aliases()) {
      if (aliases.size() >= MAX_ALIASES) {
        break;
      }
      if (!aliases.contains(a)) {
        aliases.add(a);
      }
    }
    return new Entity(e.id(), e.name(), e.type(), standing.country(), standing.role(), aliases);
  }

  /** The result: entities in order of their first mention, mentions in text order. */
  ResolvedArticle toResolved(AnnotatedArticle article) {
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt(Mention::start).thenComparingInt(m -> -m.end()));
    Map<String, Integer> first = new LinkedHashMap<>();
    for (Mention m : sorted) {
      first.putIfAbsent(m.entityId(), m.start());
    }
    List<Entity> ordered = new ArrayList<>();
    for (String id : first.keySet()) {
      ordered.add(entities.get(id));
    }
    return new ResolvedArticle(article, ordered, sorted);
  }
}
