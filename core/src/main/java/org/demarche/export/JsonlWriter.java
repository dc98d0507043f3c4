package org.demarche.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import org.demarche.model.Dateline;
import org.demarche.model.Entity;
import org.demarche.model.Event;
import org.demarche.model.EventActor;
import org.demarche.model.Extraction;
import org.demarche.model.Mention;
import org.demarche.model.Quote;
import org.demarche.model.Timex;

/**
 * Writes the JSON Lines export contract ({@code shared/contract/export-format.md}): one object
 * per article, one per line, UTF-8, fields in the contract's order. Fields beyond the contract
 * (mention rules, quote rules, evidence offsets) are added, never renamed.
 */
public final class JsonlWriter implements ExtractionWriter {

  private final JsonGenerator json;

  /** A writer to {@code out}; closing the writer closes {@code out}. */
  public JsonlWriter(OutputStream out) throws IOException {
    JsonFactory factory = new JsonFactory();
    factory.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, true);
    this.json = factory.createGenerator(out, JsonEncoding.UTF8);
    json.setRootValueSeparator(null);
  }

  @Override
  public void write(Extraction x) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", x.article().id());
    json.writeObjectFieldStart("source");
    json.writeStringField("path", x.article().sourcePath());
    json.writeStringField("outlet", x.article().outlet());
    String url = x.article().metadata().get("url");
    if (url != null) {
      json.writeStringField("url", url);
    }
    json.writeEndObject();
    json.writeStringField(
        "published", x.article().published() == null ? null : x.article().published().toString());
    json.writeStringField(
        "publishedBasis",
        x.article().publishedBasis() == null ? null : x.article().publishedBasis().wireName());
    writeDateline(x.dateline());
    json.writeStringField("text", x.article().text());
    json.writeArrayFieldStart("entities");
    for (Extraction.EntityMentions em : x.entities()) {
      writeEntity(em);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("quotes");
    for (Quote q : x.quotes()) {
      writeQuote(q);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("events");
    for (Event e : x.events()) {
      writeEvent(e);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("timexes");
    for (Timex t : x.timexes()) {
      json.writeStartObject();
      json.writeStringField("text", t.text());
      json.writeNumberField("start", t.span().start());
      json.writeNumberField("end", t.span().end());
      json.writeStringField("value", t.value());
      json.writeStringField("type", t.type());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
  }

  private void writeDateline(Dateline d) throws IOException {
    if (d == null) {
      json.writeNullField("dateline");
      return;
    }
    json.writeObjectFieldStart("dateline");
    json.writeStringField("place", d.place());
    json.writeStringField("country", d.country());
    json.writeStringField("text", d.text());
    json.writeStringField("outlet", d.outlet());
    json.writeNumberField("start", d.span().start());
    json.writeNumberField("end", d.span().end());
    json.writeEndObject();
  }

  private void writeEntity(Extraction.EntityMentions em) throws IOException {
    Entity e = em.entity();
    json.writeStartObject();
    json.writeStringField("id", e.id());
    json.writeStringField("name", e.name());
    json.writeStringField("type", e.type().name());
    json.writeStringField("country", e.country());
    json.writeStringField("role", e.role());
    json.writeArrayFieldStart("aliases");
    for (String a : e.aliases()) {
      json.writeString(a);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("mentions");
    for (Mention m : em.mentions()) {
      json.writeStartObject();
      json.writeStringField("text", m.text());
      json.writeNumberField("start", m.start());
      json.writeNumberField("end", m.end());
      json.writeStringField("rule", m.rule());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void writeQuote(Quote q) throws IOException {
    json.writeStartObject();
    json.writeStringField("text", q.text());
    json.writeNumberField("start", q.start());
    json.writeNumberField("end", q.end());
    json.writeStringField("speaker", q.speakerId());
    json.writeStringField("speakerText", q.speakerText());
    json.writeStringField("cue", q.cue());
    if (q.speakerSpan() != null) {
      json.writeNumberField("speakerStart", q.speakerSpan().start());
      json.writeNumberField("speakerEnd", q.speakerSpan().end());
    }
    json.writeStringField("rule", q.rule());
    json.writeEndObject();
  }

  private void writeEvent(Event e) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", e.type().name());
    json.writeStringField("cameo", e.cameo());
    json.writeNumberField("quadClass", e.quadClass());
    json.writeNumberField("goldstein", e.goldstein());
    writeActor("source", e.source());
    writeActor("target", e.target());
    json.writeStringField("issue", e.issue());
    json.writeBooleanField("negated", e.negated());
    json.writeStringField("modality", e.modality().wireName());
    json.writeStringField("date", e.date() == null ? null : e.date().toString());
    if (e.location() == null) {
      json.writeNullField("location");
    } else {
      json.writeObjectFieldStart("location");
      json.writeStringField("name", e.location().name());
      json.writeStringField("country", e.location().country());
      json.writeEndObject();
    }
    json.writeObjectFieldStart("sentence");
    json.writeNumberField("start", e.sentence().start());
    json.writeNumberField("end", e.sentence().end());
    json.writeEndObject();
    json.writeStringField("evidence", e.evidenceText());
    json.writeNumberField("evidenceStart", e.evidence().start());
    json.writeNumberField("evidenceEnd", e.evidence().end());
    json.writeStringField("trigger", e.trigger());
    json.writeEndObject();
  }

  private void writeActor(String field, EventActor a) throws IOException {
    if (a == null) {
      json.writeNullField(field);
      return;
    }
    json.writeObjectFieldStart(field);
    json.writeStringField("entity", a.entity());
    json.writeStringField("country", a.country());
    json.writeStringField("text", a.text());
    json.writeEndObject();
  }

  @Override
  public void close() throws IOException {
    json.close();
  }
}
