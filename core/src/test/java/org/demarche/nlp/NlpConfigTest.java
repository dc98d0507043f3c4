package org.demarche.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NlpConfigTest {

  private static final SentenceSelection DATES = CandidateSentences.dateWords();

  @Test
  void defaultsAnnotateEverySentence() {
    NlpConfig c = NlpConfig.defaults();
    assertSame(SentenceSelection.ALL, c.ner());
    assertSame(SentenceSelection.ALL, c.timex());
    assertSame(SentenceSelection.ALL, c.parse());
  }

  @Test
  void withersReplaceOneSelection() {
    NlpConfig c = NlpConfig.defaults().withThreads(2).withTimex(DATES).withNer(false);
    assertEquals(new NlpConfig(SentenceSelection.NONE, DATES, SentenceSelection.ALL, 2), c);
    assertSame(SentenceSelection.NONE, c.withParse(SentenceSelection.NONE).parse());
    assertSame(SentenceSelection.ALL, c.withTimex(true).timex());
  }

  @Test
  void missingSelectionIsNamed() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> new NlpConfig(SentenceSelection.ALL, null, SentenceSelection.ALL, 1));
    assertEquals("timex selection", e.getMessage());
  }

  @Test
  void reservedSelectionNamesAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SentenceSelection.where("all", s -> true));
    assertEquals("selection name is reserved: all", e.getMessage());
  }

  @Test
  void threadsOutOfRangeAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NlpConfig.defaults().withThreads(0));
    assertEquals("threads must be within 1..64: 0", e.getMessage());
  }

  @Test
  void mapSettingsOverrideDefaults() {
    NlpConfig c = NlpConfig.fromMap(
        Map.of("ner", "none", "timex", "date-words", "parse", "all", "threads", "3"),
        Map.of("date-words", DATES));
    assertEquals(new NlpConfig(SentenceSelection.NONE, DATES, SentenceSelection.ALL, 3), c);
    assertSame(SentenceSelection.NONE, NlpConfig.fromMap(Map.of("parse", "None"), Map.of()).parse());
  }

  @Test
  void unknownKeyIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NlpConfig.fromMap(Map.of("coref", "true"), Map.of()));
    assertEquals("unknown nlp setting [coref]; known: [ner, parse, threads, timex]", e.getMessage());
  }

  @Test
  void badValuesAreNamed() {
    assertEquals("nlp setting ner must be none, all or one of [date-words]: yes",
        assertThrows(IllegalArgumentException.class,
            () -> NlpConfig.fromMap(Map.of("ner", "yes"), Map.of("date-words", DATES))).getMessage());
    assertEquals("nlp setting threads must be a number: two",
        assertThrows(IllegalArgumentException.class,
            () -> NlpConfig.fromMap(Map.of("threads", "two"), Map.of())).getMessage());
  }
}
