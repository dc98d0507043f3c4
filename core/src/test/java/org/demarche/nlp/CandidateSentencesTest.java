package org.demarche.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class CandidateSentencesTest {

  private final Predicate<String> candidates = CandidateSentences.quoteOrWord(List.of("met", "Signed"));

  @Test
  void selectsSentencesWithAWordOrAQuote() {
    assertEquals(true, candidates.test("The two presidents met in Baku."));
    assertEquals(true, candidates.test("A treaty was SIGNED."));
    assertEquals(true, candidates.test("“We agree,” he said."));
    assertEquals(true, candidates.test("\"We agree,\" he said."));
  }

  @Test
  void wordMustStandWhole() {
    assertEquals(false, candidates.test("The metro and the signet ring."));
    assertEquals(false, candidates.test("Trade grew."));
  }
}
