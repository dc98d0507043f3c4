package org.demarche.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.demarche.model.Article;
import org.demarche.model.Dateline;
import org.demarche.model.Entity;
import org.demarche.model.EntityType;
import org.demarche.model.Event;
import org.demarche.model.EventActor;
import org.demarche.model.Extraction;
import org.demarche.model.Extraction.EntityMentions;
import org.demarche.model.Mention;
import org.demarche.model.Modality;
import org.demarche.model.Place;
import org.demarche.model.PloverType;
import org.demarche.model.PublishedBasis;
import org.demarche.model.Quote;
import org.demarche.model.Span;
import org.demarche.model.Timex;

/** Hand-written extractions for the store tests; the articles are written for the project. */
final class Fixtures {

  static final String RICH_TEXT = "ASTANA, Kazakhstan -- Türkiye will continue to support Kazakhstan's "
      + "territorial integrity, Foreign Minister Mevlüt Çavuşoğlu said on Tuesday. "
      + "Президент Токаев ответил: \"Мы ценим поддержку 🇰🇿🤝🇹🇷 нашей страны.\" "
      + "A reader wrote <script>alert('x')</script> in the comments. "
      + "\"Cooperation is unbreakable,\" an official added, without naming anyone.";

  static final Entity TOKAYEV = new Entity("person:kassym-jomart-tokayev", "Kassym-Jomart Tokayev",
      EntityType.PERSON, "KAZ", "President of Kazakhstan",
      List.of("Kassym-Jomart Tokayev", "Токаев", "Tokayev"));
  static final Entity TURKIYE = new Entity("country:tur", "Türkiye", EntityType.COUNTRY, "TUR", null,
      List.of("Türkiye", "Turkey"));
  static final Entity KAZAKHSTAN = new Entity("country:kaz", "Kazakhstan", EntityType.COUNTRY, "KAZ",
      null, List.of("Kazakhstan"));
  static final Entity CAVUSOGLU = new Entity("person:mevlut-cavusoglu", "Mevlüt Çavuşoğlu",
      EntityType.PERSON, "TUR", "Foreign Minister of Türkiye", List.of("Mevlüt Çavuşoğlu"));

  private Fixtures() {}

  /** Where {@code needle} first stands in {@code text}. */
  static Span span(String text, String needle) {
    int start = text.indexOf(needle);
    if (start < 0) {
      throw new IllegalArgumentException("not in text: " + needle);
    }
    return new Span(start, start + needle.length());
  }

  static Mention mention(String text, String needle, Entity e, String rule) {
    return new Mention(span(text, needle), needle, e.id(), rule);
  }

  /** An extraction with every field of every record set, and nulls where the model allows. */
  static Extraction rich(String id) {
    String t = RICH_TEXT;
    Article article = new Article(id, "corpus/" + id + ".txt", "RFE/RL", LocalDate.of(2022, 10, 12),
        PublishedBasis.HEADER, t,
        Map.of("url", "https://example.org/a?x=1&y=<2>", "title", "Türkiye 🇹🇷 & Токаев"));
    Dateline dateline = new Dateline("ASTANA, Kazakhstan --", span(t, "ASTANA, Kazakhstan --"),
        "Astana", "KAZ", "TASS", LocalDate.of(2022, 10, 11));
    List<EntityMentions> entities = List.of(
        new EntityMentions(TURKIYE, List.of(mention(t, "Türkiye", TURKIYE, "alias"))),
        new EntityMentions(KAZAKHSTAN, List.of(
            mention(t, "Kazakhstan", KAZAKHSTAN, "alias"),
            new Mention(span(t, "Kazakhstan's"), "Kazakhstan's", KAZAKHSTAN.id(), "possessive"))),
        new EntityMentions(CAVUSOGLU, List.of(mention(t, "Mevlüt Çavuşoğlu", CAVUSOGLU, "name-key"))),
        new EntityMentions(TOKAYEV, List.of(mention(t, "Токаев", TOKAYEV, "transliteration"))));
    String said = "Мы ценим поддержку 🇰🇿🤝🇹🇷 нашей страны.";
    List<Quote> quotes = List.of(
        new Quote(span(t, said), said, TOKAYEV.id(), "Токаев", span(t, "Токаев"), "ответил", "cue-before"),
        new Quote(span(t, "Cooperation is unbreakable,"), "Cooperation is unbreakable,", null, null,
            null, null, null));
    String evidence = "Türkiye will continue to support Kazakhstan's territorial integrity";
    Span sentence = new Span(22, t.indexOf("Tuesday.") + "Tuesday.".length());
    List<Event> events = List.of(
        new Event(PloverType.SUPPORT, "051", 1, 3.4, new EventActor(TURKIYE.id(), "TUR", "Türkiye"),
            new EventActor(KAZAKHSTAN.id(), "KAZ", "Kazakhstan's"), "territorial integrity", false,
            Modality.FUTURE, LocalDate.of(2022, 10, 11), new Place("Astana", "KAZ"), sentence,
            span(t, evidence), evidence, "support"),
        new Event(PloverType.COOPERATE, "030", 1, 4.0, new EventActor(null, "KAZ", null), null, null, true,
            Modality.REPORTED_INTENT, null, null, span(t, "\"Cooperation is unbreakable,\" an official added"),
            span(t, "Cooperation is unbreakable"), "Cooperation is unbreakable", null));
    List<Timex> timexes = List.of(
        new Timex("on Tuesday", span(t, "on Tuesday"), "2022-10-11", "DATE"),
        new Timex("in the comments", span(t, "in the comments"), null, "DATE"));
    return new Extraction(article, dateline, entities, quotes, events, timexes);
  }

  /** A short article with one event and nothing else. */
  static Extraction withEvent(String id, String outlet, LocalDate published, Event event) {
    String text = event.evidenceText() + ". Article " + id + ".";
    Article article = new Article(id, id + ".txt", outlet, published,
        published == null ? null : PublishedBasis.METADATA, text, Map.of());
    return new Extraction(article, null, List.of(), List.of(), List.of(event), List.of());
  }

  /** An event of {@code type} from {@code source} to {@code target} (entity ids) on {@code date}. */
  static Event event(PloverType type, String source, String target, LocalDate date) {
    String evidence = source + " " + type.name().toLowerCase() + " " + target;
    return new Event(type, "000", 1, 0.0, new EventActor(source, null, null),
        target == null ? null : new EventActor(target, null, null), null, false, Modality.ASSERTED,
        date, null, new Span(0, evidence.length()), new Span(0, evidence.length()), evidence, null);
  }

  /** A plain article with the given text, mentioning the given entities once each at offset 0. */
  static Extraction plain(String id, LocalDate published, String text, Entity... entities) {
    Article article = new Article(id, id + ".txt", null, published,
        published == null ? null : PublishedBasis.HEADER, text, Map.of());
    List<EntityMentions> groups = new java.util.ArrayList<>();
    for (Entity e : entities) {
      groups.add(new EntityMentions(e, List.of(new Mention(new Span(0, 1), text.substring(0, 1), e.id(), "test"))));
    }
    return new Extraction(article, null, groups, List.of(), List.of(), List.of());
  }
}
