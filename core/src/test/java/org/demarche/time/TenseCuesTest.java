package org.demarche.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TenseCuesTest {

  private static Reading readingOf(String sentence, String expression) {
    int at = sentence.indexOf(expression);
    return TenseCues.readingAt(sentence, at, at + expression.length());
  }

  @Test
  void nearestCueDecidesInMixedTenseSentence() {
    String s = "The ministers will meet on Thursday to talk trade, the ministry said on Tuesday.";
    assertEquals(Reading.FUTURE, readingOf(s, "Thursday"));
    assertEquals(Reading.PAST, readingOf(s, "Tuesday"));
  }

  @Test
  void reportingVerbBeforeWeekdayIsPast() {
    assertEquals(Reading.PAST, readingOf(
        "Ankara will keep backing the talks, the foreign minister said Wednesday in a statement.",
        "Wednesday"));
  }

  @Test
  void passiveAfterWillIsFuture() {
    assertEquals(Reading.FUTURE, readingOf("The vote will be held on Sunday.", "Sunday"));
    assertEquals(Reading.PAST, readingOf("The vote was held on Sunday.", "Sunday"));
  }

  @Test
  void regularPastFormIsPast() {
    assertEquals(Reading.PAST, readingOf("Officials on Monday signed a border accord.", "Monday"));
  }

  @Test
  void capitalizedWordInEdIsNoCue() {
    assertEquals(Reading.NONE, readingOf("United Nations on Friday", "Friday"));
  }

  @Test
  void deadlineWordIsFuture() {
    assertEquals(Reading.FUTURE, readingOf("Moscow refuses any extension beyond Jul 17.", "Jul 17"));
  }

  @Test
  void contractedWillIsFuture() {
    assertEquals(Reading.FUTURE, readingOf("They’ll sign it on Friday.", "Friday"));
  }

  @Test
  void noCueIsNone() {
    assertEquals(Reading.NONE, readingOf("Talks in Astana on Friday.", "Friday"));
  }

  @Test
  void expressionOutsideSentenceIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TenseCues.readingAt("short", 2, 9));
    assertEquals("expression [2, 9) outside sentence of length 5", e.getMessage());
  }
}
