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
    lexicon.patterns().stream().filter(p -> !p.blocker()).forEach(p -> types.add(p.type()));
    assertEquals(EnumSet.allOf(PloverType.class), types);
  }

  @Test
  void everyPatternHasAnExampleAndItsExpectedDyad() {
    for (EventPattern p : EventLexicon.loadDefault().patterns()) {
      assertTrue(p.example() != null && p.example().contains(" "), "example of " + p.trigger());
      assertTrue(p.expected() != null && (p.expected().contains(">") || p.blocker() && p.expected().equals("none")),
          "expected dyad of " + p.trigger());
    }
  }

  @Test
  void parsesALineIntoAPattern() throws Exception {
    String tsv = "# comment\nsupport\tVERB\tSUPPORT\t051\tobj|for\tA supports B.\tAAA>BBB\n";
    EventLexicon lexicon = EventLexicon.parse(new BufferedReader(new StringReader(tsv)), "t.tsv");
    assertEquals(List.of(new EventPattern("support", EventPattern.Pos.VERB, PloverType.SUPPORT, "051",
        List.of("obj", "for"), false, "A supports B.", "AAA>BBB")), lexicon.patterns());
    assertEquals(lexicon.patterns(), lexicon.headed(EventPattern.Pos.VERB, "support"));
    assertEquals(List.of(), lexicon.headed(EventPattern.Pos.NOUN, "support"));
  }

  @Test
  void multiWordTriggerHasHeadAndRequiredDependents() throws Exception {
    String tsv = "open fire\tVERB\tASSAULT\t193\ton|at!\tA opened fire on B.\tAAA>BBB\n"
        + "hunger strike\tNOUN\tPROTEST\t142\tagainst\tA began a hunger strike.\tAAA>-\n";
    List<EventPattern> patterns =
        EventLexicon.parse(new BufferedReader(new StringReader(tsv)), "t.tsv").patterns();
    assertEquals(List.of("open", "strike"), patterns.stream().map(EventPattern::head).toList());
    assertEquals(List.of(List.of(java.util.Set.of("fire")), List.of(java.util.Set.of("hunger"))),
        patterns.stream().map(EventPattern::dependents).toList());
    assertEquals(List.of(true, false), patterns.stream().map(EventPattern::targetRequired).toList());
    assertEquals(List.of("on", "at"), patterns.get(0).targets());
  }

  @Test
  void unknownCameoCodeIsRejected() {
    String tsv = "support\tVERB\tSUPPORT\t059\tobj\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EventLexicon.parse(new BufferedReader(new StringReader(tsv)), "t.tsv"));
    assertEquals("t.tsv:1: not in cameo.tsv: CAMEO code 059", e.getMessage());
  }

  @Test
  void malformedLineNamesFileAndLine() {
    String tsv = "support\tVERB\tSUPPORTS\t051\tobj\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EventLexicon.parse(new BufferedReader(new StringReader(tsv)), "mine.tsv"));
    assertTrue(e.getMessage().startsWith("mine.tsv:1: "), e.getMessage());
  }
}
