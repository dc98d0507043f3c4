package org.demarche.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.demarche.event.CameoCodes;
import org.demarche.model.Article;
import org.demarche.model.Dateline;
import org.demarche.model.Entity;
import org.demarche.model.EntityType;
import org.demarche.model.Event;
import org.demarche.model.EventActor;
import org.demarche.model.Extraction;
import org.demarche.model.Extraction.EntityMentions;
import org.demarche.model.Mention;
import org.demarche.model.Place;
import org.demarche.model.PloverType;
import org.demarche.model.Quote;
import org.demarche.model.Span;
import org.demarche.model.Timex;

/**
 * Rebuilds an {@link Extraction} exactly as it was stored: the article's own view of its
 * entities, every list in its original order. Reads on the caller's connection.
 */
final class ExtractionReader {

  private final Connection c;

  ExtractionReader(Connection c) {
    this.c = c;
  }

  /** The article with id {@code id}, or empty when it is not stored. */
  Optional<Extraction> read(String id) throws SQLException {
    Map<String, String> metadata = new HashMap<>();
    for (String[] kv : Sql.list(c, "SELECT key, value FROM article_metadata WHERE article_id = ?",
        Sql.params(id), rs -> new String[] {rs.getString(1), rs.getString(2)})) {
      metadata.put(kv[0], kv[1]);
    }
    Optional<Head> head = Sql.first(c, "SELECT * FROM articles WHERE id = ?", Sql.params(id),
        rs -> new Head(article(rs, metadata), dateline(rs)));
    if (head.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Extraction(head.get().article(), head.get().dateline(), entities(id),
        quotes(id), events(id), timexes(id)));
  }

  private record Head(Article article, Dateline dateline) {}

  private static Article article(ResultSet rs, Map<String, String> metadata) throws SQLException {
    return new Article(rs.getString("id"), rs.getString("source_path"), rs.getString("outlet"),
        Sql.date(rs, "published"), WireNames.publishedBasis(rs.getString("published_basis")),
        rs.getString("text"), metadata);
  }

  private static Dateline dateline(ResultSet rs) throws SQLException {
    String text = rs.getString("dateline_text");
    if (text == null) {
      return null;
    }
    return new Dateline(text, new Span(rs.getInt("dateline_start"), rs.getInt("dateline_end")),
        rs.getString("dateline_place"), rs.getString("dateline_country"),
        rs.getString("dateline_outlet"), Sql.date(rs, "dateline_date"));
  }

  private List<EntityMentions> entities(String id) throws SQLException {
    List<List<String>> aliases = new ArrayList<>();
    List<List<Mention>> mentions = new ArrayList<>();
    List<Entity> heads = Sql.list(c,
        "SELECT * FROM article_entities WHERE article_id = ? ORDER BY ord", Sql.params(id), rs -> {
          aliases.add(new ArrayList<>());
          mentions.add(new ArrayList<>());
          return new Entity(rs.getString("entity_id"), rs.getString("name"),
              EntityType.valueOf(rs.getString("type")), rs.getString("country"),
              rs.getString("role"), List.of());
        });
    Sql.list(c, "SELECT entity_ord, alias FROM article_entity_aliases WHERE article_id = ?"
        + " ORDER BY entity_ord, ord", Sql.params(id),
        rs -> aliases.get(rs.getInt(1)).add(rs.getString(2)));
    Sql.list(c, "SELECT * FROM mentions WHERE article_id = ? ORDER BY entity_ord, ord",
        Sql.params(id), rs -> mentions.get(rs.getInt("entity_ord")).add(new Mention(
            new Span(rs.getInt("start"), rs.getInt("end")), rs.getString("text"),
            rs.getString("entity_id"), rs.getString("rule"))));
    List<EntityMentions> out = new ArrayList<>();
    for (int i = 0; i < heads.size(); i++) {
      Entity e = heads.get(i);
      out.add(new EntityMentions(
          new Entity(e.id(), e.name(), e.type(), e.country(), e.role(), aliases.get(i)),
          mentions.get(i)));
    }
    return out;
  }

  private List<Quote> quotes(String id) throws SQLException {
    return Sql.list(c, "SELECT * FROM quotes WHERE article_id = ? ORDER BY ord", Sql.params(id),
        ExtractionReader::quote);
  }

  /** The quote in the current row of a {@code quotes} result set. */
  static Quote quote(ResultSet rs) throws SQLException {
    Integer speakerStart = Sql.intOrNull(rs, "speaker_start");
    Span speakerSpan = speakerStart == null ? null : new Span(speakerStart, rs.getInt("speaker_end"));
    return new Quote(new Span(rs.getInt("start"), rs.getInt("end")), rs.getString("text"),
        rs.getString("speaker_id"), rs.getString("speaker_text"), speakerSpan, rs.getString("cue"),
        rs.getString("rule"));
  }

  private List<Event> events(String id) throws SQLException {
    return Sql.list(c, "SELECT * FROM event_mentions WHERE article_id = ? ORDER BY ord",
        Sql.params(id), ExtractionReader::event);
  }

  private static Event event(ResultSet rs) throws SQLException {
    EventActor source = new EventActor(rs.getString("source_entity"), rs.getString("source_country"),
        rs.getString("source_text"));
    String targetEntity = rs.getString("target_entity");
    String targetCountry = rs.getString("target_country");
    EventActor target = targetEntity == null && targetCountry == null
        ? null
        : new EventActor(targetEntity, targetCountry, rs.getString("target_text"));
    String locationName = rs.getString("location_name");
    Place location = locationName == null ? null : new Place(locationName, rs.getString("location_country"));
    String cameo = rs.getString("cameo");
    // rows stored before schema version 2 have no scales: they follow from the CAMEO code
    Integer quadClass = Sql.intOrNull(rs, "quad_class");
    double goldstein = rs.getDouble("goldstein");
    if (rs.wasNull()) {
      goldstein = CameoCodes.standard().goldstein(cameo);
    }
    return new Event(PloverType.valueOf(rs.getString("type")), cameo,
        quadClass != null ? quadClass : CameoCodes.quadClass(cameo), goldstein, source, target,
        rs.getString("issue"), rs.getInt("negated") != 0, WireNames.modality(rs.getString("modality")),
        Sql.date(rs, "date"), location,
        new Span(rs.getInt("sentence_start"), rs.getInt("sentence_end")),
        new Span(rs.getInt("evidence_start"), rs.getInt("evidence_end")),
        rs.getString("evidence_text"), rs.getString("trigger_word"));
  }

  private List<Timex> timexes(String id) throws SQLException {
    return Sql.list(c, "SELECT * FROM timexes WHERE article_id = ? ORDER BY ord", Sql.params(id),
        rs -> new Timex(rs.getString("text"), new Span(rs.getInt("start"), rs.getInt("end")),
            rs.getString("value"), rs.getString("type")));
  }
}
