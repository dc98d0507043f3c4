package org.demarche.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DateWordsTest {

  private static List<Boolean> read(List<String> words) {
    return words.stream().map(DateWords::isDateWord).toList();
  }

  @Test
  void namesUnitsAndDeicticWordsAreDateWords() {
    assertEquals(List.of(true, true, true, true, true, true, true, true, true),
        read(List.of("March", "Sept.", "tuesday", "years", "decade", "yesterday", "ago", "Tonight",
            "annually")));
  }

  @Test
  void yearsClockTimesAndNumericDatesAreDateWords() {
    assertEquals(List.of(true, true, true, true, true, true, true, true),
        read(List.of("1988", "2024", "1990s", "'90s", "10:30", "12/05/2023", "5pm", "2023-10-12")));
  }

  @Test
  void compoundsWithADateWordAreDateWords() {
    assertEquals(List.of(true, true, true, false, false),
        read(List.of("two-day", "64-year-old", "mid-2024", "Kassym-Jomart", "-")));
  }

  @Test
  void otherWordsAndNumbersAreNot() {
    assertEquals(List.of(false, false, false, false, false, false, false, false),
        read(List.of("Tokayev", "said", "30", "$10", "20%", "", ",", "5,000")));
  }

  /** Any string in, no exception. */
  @Test
  void randomWordsNeverThrow() {
    Random random = new Random(7);
    for (int i = 0; i < 10_000; i++) {
      StringBuilder w = new StringBuilder();
      for (int j = random.nextInt(8); j > 0; j--) {
        w.append((char) (random.nextBoolean() ? '0' + random.nextInt(10) : random.nextInt(0x3000)));
      }
      DateWords.isDateWord(w.toString());
    }
  }
}
