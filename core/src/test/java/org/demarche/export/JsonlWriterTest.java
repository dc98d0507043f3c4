package org.demarche.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
import org.demarche.model.Mention;
import org.demarche.model.Modality;
import org.demarche.model.Place;
import org.demarche.model.PloverType;
import org.demarche.model.PublishedBasis;
import org.demarche.model.Quote;
import org.demarche.model.Span;
import org.demarche.model.Timex;
import org.junit.jupiter.api.Test;

class JsonlWriterTest {

  private static final String TEXT = "ASTANA, March 3 -- Türkiye backs Kazakhstan, Erdoğan said on Tuesday.";

  static Extraction sample() {
    Article article = new Article("s1", "samples/s1.txt", "Demo Wire", LocalDate.of(2023, 3, 3),
        PublishedBasis.HEADER, TEXT, Map.of());
    Dateline dateline = new Dateline("ASTANA, March 3 --", new Span(0, 18), "Astana", "KAZ", null, null);
    Entity tur = new Entity("country:tur", "Türkiye", EntityType.COUNTRY, "TUR", null, List.of("Türkiye", "Turkey"));
    Entity erdogan = new Entity("person:recep-tayyip-erdogan", "Recep Tayyip Erdoğan", EntityType.PERSON,
        "TUR", "President of Türkiye", List.of("Recep Tayyip Erdoğan", "Erdoğan"));
    Quote quote = new Quote(new Span(19, 43), "Türkiye backs Kazakhstan", erdogan.id(), "Erdoğan",
        new Span(45, 52), "said", "trailing-cue");
    Event event = new Event(PloverType.SUPPORT, "051", 1, 3.4, new EventActor("country:tur", "TUR", "Türkiye"),
        new EventActor("country:kaz", "KAZ", "Kazakhstan"), null, false, Modality.ASSERTED,
        LocalDate.of(2023, 2, 28), new Place("Astana", "KAZ"), new Span(0, TEXT.length()),
        new Span(19, 43), "Türkiye backs Kazakhstan", "backs");
    return new Extraction(article, dateline,
        List.of(new Extraction.EntityMentions(tur, List.of(new Mention(new Span(19, 26), "Türkiye", tur.id(), "alias"))),
            new Extraction.EntityMentions(erdogan,
                List.of(new Mention(new Span(45, 52), "Erdoğan", erdogan.id(), "alias")))),
        List.of(quote), List.of(event),
        List.of(new Timex("on Tuesday", new Span(58, 68), "2023-02-28", "DATE")));
  }

  @Test
  void writesTheContractFieldsOneLinePerArticle() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonlWriter w = new JsonlWriter(bytes)) {
      w.write(sample());
      w.write(sample());
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    String[] lines = out.split("\n");
    assertEquals(2, lines.length);
    JsonNode json = new ObjectMapper().readTree(lines[0]);
    JsonNode expected = new ObjectMapper().readTree("""
        {"id":"s1","source":{"path":"samples/s1.txt","outlet":"Demo Wire"},
         "published":"2023-03-03","publishedBasis":"header",
         "dateline":{"place":"Astana","country":"KAZ","text":"ASTANA, March 3 --","outlet":null,"start":0,"end":18},
         "text":"ASTANA, March 3 -- Türkiye backs Kazakhstan, Erdoğan said on Tuesday.",
         "entities":[
          {"id":"country:tur","name":"Türkiye","type":"COUNTRY","country":"TUR","role":null,
           "aliases":["Türkiye","Turkey"],"mentions":[{"text":"Türkiye","start":19,"end":26,"rule":"alias"}]},
          {"id":"person:recep-tayyip-erdogan","name":"Recep Tayyip Erdoğan","type":"PERSON","country":"TUR",
           "role":"President of Türkiye","aliases":["Recep Tayyip Erdoğan","Erdoğan"],
           "mentions":[{"text":"Erdoğan","start":45,"end":52,"rule":"alias"}]}],
         "quotes":[{"text":"Türkiye backs Kazakhstan","start":19,"end":43,"speaker":"person:recep-tayyip-erdogan",
           "speakerText":"Erdoğan","cue":"said","speakerStart":45,"speakerEnd":52,"rule":"trailing-cue"}],
         "events":[{"type":"SUPPORT","cameo":"051","quadClass":1,"goldstein":3.4,"source":{"entity":"country:tur","country":"TUR","text":"Türkiye"},
           "target":{"entity":"country:kaz","country":"KAZ","text":"Kazakhstan"},"issue":null,"negated":false,
           "modality":"asserted","date":"2023-02-28","location":{"name":"Astana","country":"KAZ"},
           "sentence":{"start":0,"end":69},"evidence":"Türkiye backs Kazakhstan","evidenceStart":19,
           "evidenceEnd":43,"trigger":"backs"}],
         "timexes":[{"text":"on Tuesday","start":58,"end":68,"value":"2023-02-28","type":"DATE"}]}
        """);
    assertEquals(expected, json);
  }

  @Test
  void offsetsInTheSampleSliceTheText() {
    Extraction x = sample();
    for (Extraction.EntityMentions em : x.entities()) {
      for (Mention m : em.mentions()) {
        assertEquals(m.text(), m.span().slice(TEXT));
      }
    }
    assertEquals("on Tuesday", x.timexes().get(0).span().slice(TEXT));
    assertEquals("Erdoğan", x.quotes().get(0).speakerSpan().slice(TEXT));
  }
}
