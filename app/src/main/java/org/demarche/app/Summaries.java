package org.demarche.app;

import java.io.PrintStream;
import java.util.List;
import org.demarche.model.Entity;
import org.demarche.model.Event;
import org.demarche.model.EventActor;
import org.demarche.model.Extraction;
import org.demarche.model.Quote;

/** A readable account of extractions: actors, quotes and events per article. */
final class Summaries {

  private Summaries() {}

  static void print(List<Extraction> results, PrintStream out) {
    int entities = 0;
    int quotes = 0;
    int events = 0;
    for (Extraction x : results) {
      out.println();
      out.printf("== %s  (%s%s)%n", x.article().id(),
          x.article().published() == null ? "date unknown" : x.article().published(),
          x.dateline() == null || x.dateline().place() == null ? "" : ", " + x.dateline().place());
      out.print("   actors: ");
      StringBuilder line = new StringBuilder();
      for (Extraction.EntityMentions em : x.entities()) {
        Entity e = em.entity();
        if (line.length() > 0) {
          line.append("; ");
        }
        line.append(e.name());
        if (e.country() != null && e.type() != org.demarche.model.EntityType.COUNTRY) {
          line.append(" [").append(e.country()).append(']');
        }
        if (em.mentions().size() > 1) {
          line.append(" x").append(em.mentions().size());
        }
      }
      out.println(line);
      for (Quote q : x.quotes()) {
        out.printf("   quote  %s: \"%s\"%n", speaker(x, q), shorten(q.text(), 70));
      }
      for (Event e : x.events()) {
        out.printf("   event  %s%s %s -> %s%s: %s%n", e.type(), e.negated() ? " (negated)" : "",
            side(e.source()), side(e.target()),
            e.issue() == null ? "" : " on " + e.issue(), shorten(e.evidenceText(), 70));
      }
      entities += x.entities().size();
      quotes += x.quotes().size();
      events += x.events().size();
    }
    out.println();
    out.printf("%d articles: %d actors, %d quotes, %d events%n", results.size(), entities, quotes, events);
  }

  private static String speaker(Extraction x, Quote q) {
    if (q.speakerId() == null) {
      return "(speaker unknown)";
    }
    for (Extraction.EntityMentions em : x.entities()) {
      if (em.entity().id().equals(q.speakerId())) {
        return em.entity().name();
      }
    }
    return q.speakerId();
  }

  private static String side(EventActor a) {
    if (a == null) {
      return "-";
    }
    return a.country() != null ? a.country() : a.entity();
  }

  static String shorten(String s, int max) {
    String flat = s.replaceAll("\\s+", " ");
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }
}
