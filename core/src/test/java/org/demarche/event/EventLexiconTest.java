package org.demarche.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.demarche.model.PloverType;
import org.junit.jupiter.api.Test;

class EventLexiconTest {

  @Test
  void defaultLexiconCoversEveryPloverType() {
    EventLexicon lexicon = EventLexicon.loadDefault();
    Set<PloverType> types = EnumSet.noneOf(PloverType.class);
    lexicon.patterns().forEach(p -> types.add(p.type()));
    assertEquals(EnumSet.allOf(PloverType.class), types);
  }

  @Test
  void everyPatternHasAnExampleAndItsExpectedDyad() {
    for (EventPattern p : EventLexicon.loadDefault().patterns()) {
      assertTrue(p.example() != null && p.example().contains(" "), "example of " + p.trigger());
      assertTrue(p.expected() != null && p.expected().contains(">"), "expected dyad of " + p.trigger());
    }
  }

  @Test
  void parsesALineIntoAPattern() throws Exception {
    String tsv = "# comment\nsupport\tVERB\tSUPPORT\t051\tobj|for\tA supports B.\tAAA>BBB\n";
    EventLexicon lexicon = EventLexicon.parse(new BufferedReader(new StringReader(tsv)), "t.tsv");
    assertEquals(List.of(new EventPattern("support", false, PloverType.SUPPORT, "051",
        List.of("obj", "for"), "A supports B.", "AAA>BBB")), lexicon.patterns());
    assertEquals(lexicon.patterns(), lexicon.verb("support"));
    assertEquals(List.of(), lexicon.noun("support"));
  }

  @Test
  void malformedLineNamesFileAndLine() {
    String tsv = "support\tVERB\tSUPPORTS\t051\tobj\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EventLexicon.parse(new BufferedReader(new StringReader(tsv)), "mine.tsv"));
    assertTrue(e.getMessage().startsWith("mine.tsv:1: "), e.getMessage());
  }
}
