package org.demarche.store;

import java.util.Map;
import org.demarche.model.Article;
import org.demarche.model.Dateline;
import org.demarche.model.Entity;
import org.demarche.model.Event;
import org.demarche.model.EventActor;
import org.demarche.model.Extraction;
import org.demarche.model.Extraction.EntityMentions;
import org.demarche.model.Mention;
import org.demarche.model.Quote;
import org.demarche.model.Timex;

/**
 * Refuses strings that UTF-8 cannot hold unchanged. SQLite stores text as UTF-8, and an
 * unpaired UTF-16 surrogate (a JSON {@code "\ud83c"} escape, or a span that cuts an emoji in
 * half) would come back as {@code ?}: the article would no longer read back as it was stored.
 */
final class Utf8Check {

  private final String articleId;

  private Utf8Check(String articleId) {
    this.articleId = articleId;
  }

  /**
   * Checks every string of {@code x}.
   *
   * @throws IllegalArgumentException naming the article, the field and the index of the first
   *     unpaired surrogate
   */
  static void requireEncodable(Extraction x) {
    Article a = x.article();
    Utf8Check check = new Utf8Check(a.id());
    check.field("id", a.id());
    check.field("sourcePath", a.sourcePath());
    check.field("outlet", a.outlet());
    check.field("text", a.text());
    for (Map.Entry<String, String> m : a.metadata().entrySet()) {
      check.field("metadata key", m.getKey());
      check.field("metadata " + m.getKey(), m.getValue());
    }
    Dateline d = x.dateline();
    if (d != null) {
      check.field("dateline text", d.text());
      check.field("dateline place", d.place());
      check.field("dateline outlet", d.outlet());
    }
    for (EntityMentions group : x.entities()) {
      Entity e = group.entity();
      check.field("entity name", e.name());
      check.field("entity role", e.role());
      e.aliases().forEach(alias -> check.field("alias of " + e.id(), alias));
      for (Mention m : group.mentions()) {
        check.field("mention at " + m.start(), m.text());
        check.field("mention rule", m.rule());
      }
    }
    for (Quote q : x.quotes()) {
      check.field("quote at " + q.start(), q.text());
      check.field("speaker text", q.speakerText());
      check.field("quote cue", q.cue());
      check.field("quote rule", q.rule());
    }
    for (Event e : x.events()) {
      check.field("event evidence", e.evidenceText());
      check.field("event cameo", e.cameo());
      check.field("event issue", e.issue());
      check.field("event trigger", e.trigger());
      check.actor(e.source());
      check.actor(e.target());
      check.field("event location", e.location() == null ? null : e.location().name());
    }
    for (Timex t : x.timexes()) {
      check.field("timex at " + t.span().start(), t.text());
      check.field("timex value", t.value());
      check.field("timex type", t.type());
    }
  }

  private void actor(EventActor actor) {
    if (actor != null) {
      field("event actor text", actor.text());
    }
  }

  private void field(String name, String value) {
    int bad = unpairedSurrogate(value);
    if (bad >= 0) {
      throw new IllegalArgumentException("article " + articleId + ": " + name
          + " has an unpaired UTF-16 surrogate at index " + bad + ", which UTF-8 cannot store");
    }
  }

  /** The index of the first unpaired surrogate in {@code s}, or -1 (also for null). */
  static int unpairedSurrogate(String s) {
    if (s == null) {
      return -1;
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.isHighSurrogate(ch)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(ch)) {
        return i;
      }
    }
    return -1;
  }
}
