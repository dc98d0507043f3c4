package org.demarche.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.demarche.model.Dateline;
import org.demarche.model.Entity;
import org.demarche.model.EntityType;
import org.demarche.model.Mention;
import org.demarche.model.Place;
import org.demarche.model.ResolvedArticle;
import org.demarche.model.Sentence;
import org.demarche.model.Timex;

/** When, where and about what an event happened, read from its sentence and the article. Pure. */
final class Circumstances {

  /** Issue phrases in the order they are preferred when a sentence holds several. */
  private static final List<String> ISSUES = List.of("territorial integrity", "sovereignty",
      "independence", "ceasefire", "cease-fire", "peace", "grain deal", "trade", "energy",
      "security", "border", "sanctions", "transport", "nuclear", "human rights", "terrorism",
      "water", "investment", "climate", "elections");

  private Circumstances() {}

  /** The first full date the sentence names, else the article's publication date, else null. */
  static LocalDate date(ResolvedArticle a, Sentence s) {
    for (Timex t : a.annotated().timexes()) {
      if (s.span().contains(t.span()) && t.value() != null && t.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(t.value());
      }
    }
    return a.annotated().article().published();
  }

  /** The place the sentence puts the event ({@code in Astana}, {@code at Awaza}), else the dateline's. */
  static Place place(ResolvedArticle a, Map<String, Entity> entities, Sentence s) {
    for (Mention m : a.mentionsIn(s.span())) {
      Entity e = entities.get(m.entityId());
      if (e != null && e.type() == EntityType.LOCATION) {
        String before = a.text().substring(Math.max(0, m.start() - 4), m.start());
        if (before.endsWith("in ") || before.endsWith("at ")) {
          return new Place(e.name(), e.country());
        }
      }
    }
    Dateline d = a.annotated().dateline();
    return d == null || d.place() == null ? null : new Place(d.place(), d.country());
  }

  /** The first issue phrase the sentence holds ({@code territorial integrity}), else null. */
  static String issue(String text, Sentence s) {
    String sentence = s.span().slice(text).toLowerCase(Locale.ROOT);
    for (String issue : ISSUES) {
      if (sentence.contains(issue)) {
        return issue;
      }
    }
    return null;
  }
}
