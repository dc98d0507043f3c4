package org.demarche.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Article;
import org.demarche.model.Sentence;
import org.demarche.model.Span;
import org.demarche.model.Token;
import org.junit.jupiter.api.Test;

class SentenceSelectionTest {

  private static final AnnotatedArticle DRAFT = new AnnotatedArticle(Article.of("t", "Met.\nNo.\n"), null,
      List.of(sentence(0, 0, "Met", "meet"), sentence(1, 5, "No", "no")), List.of(), List.of());

  private static Sentence sentence(int index, int at, String word, String lemma) {
    Token t = new Token(0, word, new Span(at, at + word.length()), "VBD", lemma, null);
    return new Sentence(index, t.span(), List.of(t), List.of());
  }

  private static BitSet bits(int... on) {
    BitSet b = new BitSet();
    for (int i : on) {
      b.set(i);
    }
    return b;
  }

  @Test
  void noneAllAndPredicatesSelect() {
    assertEquals(bits(), SentenceSelection.NONE.select(DRAFT));
    assertEquals(bits(0, 1), SentenceSelection.ALL.select(DRAFT));
    assertEquals(bits(0), CandidateSentences.withLemma("meet", "meet"::equals).select(DRAFT));
    assertEquals(bits(1), SentenceSelection.where("second", s -> s.index() == 1).select(DRAFT));
  }

  @Test
  void indicesPastTheLastSentenceAreIgnored() {
    assertEquals(bits(1), SentenceSelection.of("far", d -> bits(1, 2, 40)).select(DRAFT));
  }

  @Test
  void nameIsShown() {
    assertEquals("date words", CandidateSentences.dateWords().toString());
    assertEquals("all", SentenceSelection.ALL.toString());
  }
}
