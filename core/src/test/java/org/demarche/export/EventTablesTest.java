package org.demarche.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.demarche.event.EventKey;
import org.demarche.model.Article;
import org.demarche.model.Event;
import org.demarche.model.EventActor;
import org.demarche.model.Extraction;
import org.demarche.model.Modality;
import org.demarche.model.Place;
import org.demarche.model.PloverType;
import org.demarche.model.PublishedBasis;
import org.demarche.model.Span;
import org.junit.jupiter.api.Test;

class EventTablesTest {

  private static final EventActor TUR = new EventActor("country:tur", "TUR", "Türkiye");
  private static final EventActor KAZ = new EventActor("country:kaz", "KAZ", "Kazakhstan");
  private static final LocalDate OCT_12 = LocalDate.of(2022, 10, 12);

  private static Event support(LocalDate date, String evidence) {
    return new Event(PloverType.SUPPORT, "051", 1, 3.4, TUR, KAZ, "territorial integrity", false,
        Modality.ASSERTED, date, new Place("Astana", "KAZ"), new Span(0, evidence.length()),
        new Span(0, evidence.length()), evidence, "supports");
  }

  private static Extraction article(String id, String outlet, Event... events) {
    String text = events[0].evidenceText();
    Article a = new Article(id, id + ".txt", outlet, OCT_12, PublishedBasis.HEADER, text,
        Map.of("url", "https://example.org/" + id));
    return new Extraction(a, null, List.of(), List.of(), List.of(events), List.of());
  }

  private static String run(ExtractionWriter w, ByteArrayOutputStream out, Extraction... xs) throws IOException {
    for (Extraction x : xs) {
      w.write(x);
    }
    w.close();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void oneEventToldTwiceADayApartIsOneRowWithItsCounts() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String csv = run(new EventsCsvWriter(out), out,
        article("a", "Anadolu", support(OCT_12, "Türkiye supports Kazakhstan")),
        article("b", "Kazinform", support(OCT_12.plusDays(1), "Ankara backs Kazakhstan, says Türkiye")),
        article("c", "Anadolu", support(OCT_12.plusDays(5), "Türkiye supports Kazakhstan")));
    String id = new EventKey(PloverType.SUPPORT, "country:tur", "country:kaz", OCT_12).id();
    String later = new EventKey(PloverType.SUPPORT, "country:tur", "country:kaz", OCT_12.plusDays(5)).id();
    assertEquals(EventsCsvWriter.HEADER + "\r\n"
        + id + ",20221012,051,051,05,1,3.4,SUPPORT,country:tur,Türkiye,TUR,country:kaz,Kazakhstan,KAZ,"
        + "territorial integrity,asserted,false,Astana,KAZ,2,2,2,a,https://example.org/a\r\n"
        + later + ",20221017,051,051,05,1,3.4,SUPPORT,country:tur,Türkiye,TUR,country:kaz,Kazakhstan,KAZ,"
        + "territorial integrity,asserted,false,Astana,KAZ,1,1,1,c,https://example.org/c\r\n", csv);
  }

  @Test
  void mentionsCarryTheirEventIdArticleAndOffsets() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String csv = run(new MentionsCsvWriter(out), out,
        article("a", null, support(OCT_12, "Türkiye supports Kazakhstan, \"firmly\"")),
        article("b", "Kazinform", support(OCT_12.plusDays(1), "Türkiye supports Kazakhstan")));
    String id = new EventKey(PloverType.SUPPORT, "country:tur", "country:kaz", OCT_12).id();
    assertEquals(MentionsCsvWriter.HEADER + "\r\n"
        + id + ",20221012,20221012,,https://example.org/a,a,0,37,0,37,"
        + "\"Türkiye supports Kazakhstan, \"\"firmly\"\"\",supports,SUPPORT,051,country:tur,country:kaz,false,asserted\r\n"
        + id + ",20221013,20221012,Kazinform,https://example.org/b,b,0,27,0,27,"
        + "Türkiye supports Kazakhstan,supports,SUPPORT,051,country:tur,country:kaz,false,asserted\r\n", csv);
  }

  @Test
  void quotesOnlyFieldsThatNeedIt() {
    assertEquals(List.of("plain", "\"a,b\"", "\"say \"\"no\"\"\"", "\"two\nlines\""),
        List.of("plain", "a,b", "say \"no\"", "two\nlines").stream().map(CsvRow::quote).toList());
  }
}
