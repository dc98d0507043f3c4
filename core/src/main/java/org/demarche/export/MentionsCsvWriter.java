package org.demarche.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.demarche.event.EventDeduplicator;
import org.demarche.event.EventKey;
import org.demarche.event.InMemoryEventLedger;
import org.demarche.model.Event;
import org.demarche.model.Extraction;

/**
 * Writes the mentions table, as GDELT's mentions table: one CSV row per event mention, with
 * the id of the event {@link EventDeduplicator} assigns it to (the same ids as
 * {@link EventsCsvWriter} for the same input in the same order), the article and the character
 * offsets of its sentence and evidence.
 *
 * <p>Columns: {@value #HEADER}.
 *
 * <p>Memory: rows are written as articles come; only the events' ids and dates are kept (about
 * 200 bytes per distinct event) to group later mentions. Not thread-safe.
 */
public final class MentionsCsvWriter implements ExtractionWriter {

  public static final String HEADER = "GlobalEventID,EventTimeDate,MentionTimeDate,MentionSourceName,"
      + "MentionIdentifier,ArticleID,SentenceStart,SentenceEnd,EvidenceStart,EvidenceEnd,Evidence,"
      + "Trigger,PloverType,EventCode,Actor1Code,Actor2Code,Negated,Modality";

  private final Writer out;
  private final InMemoryEventLedger ledger = new InMemoryEventLedger();

  /** A writer to {@code out}, UTF-8; closing the writer closes {@code out}. */
  public MentionsCsvWriter(OutputStream out) throws IOException {
    this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    this.out.write(HEADER);
    this.out.write("\r\n");
  }

  @Override
  public void write(Extraction x) throws IOException {
    String identifier = x.article().metadata().getOrDefault("url", x.article().sourcePath());
    for (Event e : x.events()) {
      List<Object> f = new ArrayList<>();
      f.add(ledger.assign(EventKey.of(e)));
      f.add(EventColumns.day(e.date()));
      f.add(EventColumns.day(x.article().published()));
      f.add(x.article().outlet());
      f.add(identifier);
      f.add(x.article().id());
      f.add(e.sentence().start());
      f.add(e.sentence().end());
      f.add(e.evidence().start());
      f.add(e.evidence().end());
      f.add(e.evidenceText());
      f.add(e.trigger());
      f.add(e.type().name());
      f.add(e.cameo());
      f.add(EventColumns.key(e.source()));
      f.add(EventColumns.key(e.target()));
      f.add(e.negated());
      f.add(e.modality().wireName());
      CsvRow.write(out, f);
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
