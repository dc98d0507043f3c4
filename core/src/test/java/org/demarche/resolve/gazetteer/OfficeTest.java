package org.demarche.resolve.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OfficeTest {

  private static final Office FIDAN_FM =
      new Office("Foreign Minister of Türkiye", "TUR", LocalDate.of(2023, 6, 4), null);
  private static final Office CAVUSOGLU_FM = new Office(
      "Foreign Minister of Türkiye", "TUR", LocalDate.of(2015, 11, 24), LocalDate.of(2023, 6, 4));

  @Test
  void fromIsInclusiveAndToIsExclusive() {
    assertTrue(CAVUSOGLU_FM.covers(LocalDate.of(2015, 11, 24)));
    assertTrue(CAVUSOGLU_FM.covers(LocalDate.of(2023, 6, 3)));
    assertFalse(CAVUSOGLU_FM.covers(LocalDate.of(2023, 6, 4)));
    assertTrue(FIDAN_FM.covers(LocalDate.of(2023, 6, 4)));
  }

  @Test
  void openTenureCoversEveryLaterDay() {
    assertTrue(FIDAN_FM.covers(LocalDate.of(2026, 11, 23)));
    assertFalse(FIDAN_FM.covers(LocalDate.of(2023, 6, 3)));
    assertTrue(FIDAN_FM.isOpen());
  }

  @Test
  void unknownStartCoversEveryEarlierDay() {
    Office guard = new Office("Head of Security", "AZE", null, LocalDate.of(2023, 1, 27));
    assertTrue(guard.covers(LocalDate.of(1990, 1, 1)));
    assertFalse(guard.covers(LocalDate.of(2023, 1, 27)));
  }

  @Test
  void tenureEndingBeforeItStartsIsRejectedWithBothDates() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Office("President of X", "KAZ", LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)));
    assertEquals("office 'President of X' ends 2020-01-01 before it starts 2020-01-02", e.getMessage());
  }

  @Test
  void malformedCountryIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Office("President", "kz", null, null));
    assertEquals("country of office 'President' must be ISO alpha-3: kz", e.getMessage());
  }
}
