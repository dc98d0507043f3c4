package org.demarche.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.demarche.model.Article;
import org.demarche.model.Event;
import org.demarche.model.EventActor;
import org.demarche.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every lexicon pattern's example sentence, run through the real pipeline (CoreNLP, the
 * gazetteer, quotes, the coder): it must code an event of the pattern's type with the expected
 * source and target, or, for a blocking pattern, no event at its trigger. Building the pipeline takes
 * about 15 s and 1 GB, once for the class.
 */
class EventLexiconExamplesTest {

  private static Pipeline pipeline;

  @BeforeAll
  static void buildPipeline() {
    pipeline = SharedPipeline.get();
  }

  @TestFactory
  Stream<DynamicTest> everyExampleCodesItsPattern() {
    List<EventPattern> patterns = EventLexicon.loadDefault().patterns();
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < patterns.size(); i++) {
      EventPattern p = patterns.get(i);
      String id = "example-" + i;
      tests.add(DynamicTest.dynamicTest(p.trigger() + " (" + p.pos() + "): " + p.example(),
          () -> check(id, p)));
    }
    return tests.stream();
  }

  private static void check(String id, EventPattern p) {
    List<Event> events = pipeline.process(Article.of(id, p.example())).events();
    List<String> coded = events.stream().filter(e -> !e.negated() || p.example().contains(" never "))
        .map(e -> e.type() + " " + code(e.source()) + ">" + code(e.target())).toList();
    if (p.blocker()) {
      List<String> blocked = events.stream().filter(e -> e.trigger().toLowerCase().startsWith(p.head()))
          .map(e -> e.type() + " " + e.trigger()).toList();
      assertEquals(List.of(), blocked, p.trigger() + ": a blocking pattern's trigger codes nothing");
      return;
    }
    String[] dyad = p.expected().split(">", -1);
    String want = p.type() + " " + dyad[0] + ">" + dyad[1];
    assertTrue(coded.contains(want), p.trigger() + ": want " + want + ", got " + coded);
  }

  /** An actor as the lexicon's expect column writes it: ISO alpha-3, else the entity id; - for none. */
  private static String code(EventActor a) {
    return a == null ? "-" : a.country() != null ? a.country() : a.entity();
  }
}
