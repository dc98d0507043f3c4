package org.demarche.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.demarche.model.Sentence;
import org.demarche.model.Token;
import org.junit.jupiter.api.Test;

class PlainTokensTest {

  @Test
  void wordsPossessivesAbbreviationsAndPunctuationAreTokens() {
    Sentence s = PlainTokens.sentence("Ankara's call, the U.S. and Xi'an: Nur-Sultan.", 3, 10);
    assertEquals(List.of("Ankara", "'s", "call", ",", "the", "U.S.", "and", "Xi'an", ":", "Nur-Sultan", "."),
        s.tokens().stream().map(Token::text).toList());
    assertEquals(List.of(10, 16), List.of(s.tokens().get(0).start(), s.tokens().get(1).start()));
    assertEquals(3, s.index());
  }

  /** Any text in: no exception, tokens in order, each token the text at its offsets. */
  @Test
  void randomTextGivesTokensThatMatchTheirOffsets() {
    Random random = new Random(7);
    String alphabet = "aZ'’.-s ,:Кқə1\u0301\t";
    for (int round = 0; round < 2000; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      Sentence s = PlainTokens.sentence(text, 0, 5);
      int last = 5;
      for (Token t : s.tokens()) {
        assertTrue(t.start() >= last && t.end() > t.start(), text);
        assertEquals(text.substring(t.start() - 5, t.end() - 5), t.text(), text);
        last = t.end();
      }
    }
  }
}
