package org.demarche.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class NlpConfigTest {

  private static final Predicate<String> QUOTES = s -> s.contains("\"");

  @Test
  void defaultsRunEverythingLean() {
    NlpConfig c = NlpConfig.defaults();
    assertEquals(true, c.ner());
    assertEquals(true, c.timex());
    assertEquals(ParseMode.ALL, c.parse());
    assertEquals(null, c.parseCandidates());
  }

  @Test
  void candidatesModeCarriesItsPredicate() {
    NlpConfig c = NlpConfig.defaults().withParseCandidates(QUOTES);
    assertEquals(ParseMode.CANDIDATES, c.parse());
    assertSame(QUOTES, c.parseCandidates());
    assertEquals(null, c.withParse(ParseMode.NONE).parseCandidates());
  }

  @Test
  void candidatesModeWithoutPredicateIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new NlpConfig(true, true, ParseMode.CANDIDATES, null, 1));
    assertEquals("parse mode CANDIDATES needs candidate sentence predicate", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new NlpConfig(true, true, ParseMode.ALL, QUOTES, 1));
    assertEquals("parse mode ALL takes no candidate sentence predicate", e.getMessage());
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
        Map.of("ner", "false", "timex", "true", "parse", "candidates", "threads", "3"), QUOTES);
    assertEquals(new NlpConfig(false, true, ParseMode.CANDIDATES, QUOTES, 3), c);
    assertEquals(ParseMode.NONE, NlpConfig.fromMap(Map.of("parse", "none"), null).parse());
  }

  @Test
  void unknownKeyIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NlpConfig.fromMap(Map.of("coref", "true"), null));
    assertEquals("unknown nlp setting [coref]; known: [ner, parse, threads, timex]", e.getMessage());
  }

  @Test
  void badValuesAreNamed() {
    assertEquals("nlp setting ner must be true or false: yes",
        assertThrows(IllegalArgumentException.class,
            () -> NlpConfig.fromMap(Map.of("ner", "yes"), null)).getMessage());
    assertEquals("nlp setting parse must be none, all or candidates: some",
        assertThrows(IllegalArgumentException.class,
            () -> NlpConfig.fromMap(Map.of("parse", "some"), null)).getMessage());
    assertEquals("nlp setting parse=candidates needs a candidate predicate",
        assertThrows(IllegalArgumentException.class,
            () -> NlpConfig.fromMap(Map.of("parse", "candidates"), null)).getMessage());
    assertEquals("nlp setting threads must be a number: two",
        assertThrows(IllegalArgumentException.class,
            () -> NlpConfig.fromMap(Map.of("threads", "two"), null)).getMessage());
  }
}
