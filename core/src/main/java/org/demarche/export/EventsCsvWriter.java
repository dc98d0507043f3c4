package org.demarche.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demarche.event.EventDeduplicator;
import org.demarche.event.EventKey;
import org.demarche.event.InMemoryEventLedger;
import org.demarche.model.Event;
import org.demarche.model.Extraction;

/**
 * Writes the events table, as GDELT's events table: one CSV row per event, the event mentions
 * of all articles grouped by {@link EventDeduplicator}'s rule (type, source, target, date within
 * a day), with how many mentions, sources (distinct outlets) and articles report it.
 *
 * <p>Columns: {@value #HEADER}. The event's fields are its first mention's; {@code Negated} is
 * true when every mention denies it.
 *
 * <p>Memory: the table can only be written when the last article has been read, so one row per
 * distinct event (about 1 KB with its counts and outlet and article sets) is kept until
 * {@link #close}; a million events take about 1 GB. Not thread-safe.
 */
public final class EventsCsvWriter implements ExtractionWriter {

  public static final String HEADER = "GlobalEventID,Day,EventCode,EventBaseCode,EventRootCode,QuadClass,"
      + "GoldsteinScale,PloverType,Actor1Code,Actor1Name,Actor1CountryCode,Actor2Code,Actor2Name,"
      + "Actor2CountryCode,Issue,Modality,Negated,ActionGeo_FullName,ActionGeo_CountryCode,"
      + "NumMentions,NumSources,NumArticles,FirstArticleID,SourceURL";

  /** One event's first mention and its counts. */
  private static final class Row {
    final String id;
    final Event first;
    final String articleId;
    final String url;
    int mentions;
    boolean allNegated = true;
    final Set<String> outlets = new HashSet<>();
    final Set<String> articles = new HashSet<>();

    Row(String id, Event first, String articleId, String url) {
      this.id = id;
      this.first = first;
      this.articleId = articleId;
      this.url = url;
    }
  }

  private final Writer out;
  private final InMemoryEventLedger ledger = new InMemoryEventLedger();
  private final Map<String, Row> rows = new LinkedHashMap<>();
  private boolean closed;

  /** A writer to {@code out}, UTF-8; closing the writer closes {@code out}. */
  public EventsCsvWriter(OutputStream out) {
    this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
  }

  @Override
  public void write(Extraction x) {
    String articleId = x.article().id();
    String url = x.article().metadata().getOrDefault("url", x.article().sourcePath());
    for (Event e : x.events()) {
      String id = ledger.assign(EventKey.of(e));
      Row row = rows.computeIfAbsent(id, k -> new Row(k, e, articleId, url));
      row.mentions++;
      row.allNegated &= e.negated();
      row.articles.add(articleId);
      if (x.article().outlet() != null) {
        row.outlets.add(x.article().outlet());
      }
    }
  }

  /** Writes the table and closes the output; a second call does nothing. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (Writer w = out) {
      w.write(HEADER);
      w.write("\r\n");
      for (Row r : rows.values()) {
        Event e = r.first;
        List<Object> f = new ArrayList<>();
        f.add(r.id);
        f.add(EventColumns.day(e.date()));
        f.add(e.cameo());
        f.add(EventColumns.base(e.cameo()));
        f.add(EventColumns.root(e.cameo()));
        f.add(e.quadClass());
        f.add(e.goldstein());
        f.add(e.type().name());
        f.add(EventColumns.key(e.source()));
        f.add(EventColumns.name(e.source()));
        f.add(EventColumns.country(e.source()));
        f.add(EventColumns.key(e.target()));
        f.add(EventColumns.name(e.target()));
        f.add(EventColumns.country(e.target()));
        f.add(e.issue());
        f.add(e.modality().wireName());
        f.add(r.allNegated);
        f.add(e.location() == null ? null : e.location().name());
        f.add(e.location() == null ? null : e.location().country());
        f.add(r.mentions);
        f.add(r.outlets.size());
        f.add(r.articles.size());
        f.add(r.articleId);
        f.add(r.url);
        CsvRow.write(w, f);
      }
    }
  }
}
