package org.demarche.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import org.demarche.model.Span;
import org.junit.jupiter.api.Test;

class TimexNormalizerTest {

  private static final LocalDate OCT_7_2025 = LocalDate.of(2025, 10, 7);
  private static final LocalDate MAR_1_2023 = LocalDate.of(2023, 3, 1); // a Wednesday

  private final TimexNormalizer normalizer = new TimexNormalizer();

  @Test
  void monthDayWithoutYearIsInPublicationYearWhenAlreadyPast() {
    assertEquals("2025-02-28", normalizer.normalize("Feb 28", "2026-02-28", "DATE", OCT_7_2025,
        "The summit opened on Feb 28 in Baku."));
  }

  @Test
  void monthDayLaterInYearIsLastYearUnlessFutureCue() {
    assertEquals("2024-11-20", normalizer.normalize("Nov 20", "2025-11-20", "DATE", OCT_7_2025,
        "The two leaders met on Nov 20 in Baku."));
    assertEquals("2025-11-20", normalizer.normalize("Nov 20", "2025-11-20", "DATE", OCT_7_2025,
        "The two leaders will meet on Nov 20 in Baku."));
  }

  @Test
  void monthDayAFewDaysAheadStaysInPublicationYear() {
    assertEquals("2025-10-09", normalizer.normalize("October 9", "2025-10-09", "DATE", OCT_7_2025,
        "The forum opens October 9."));
  }

  @Test
  void futureMonthDayAlreadyPastMovesToNextYear() {
    assertEquals("2026-02-03", normalizer.normalize("Feb. 3", "2025-02-03", "DATE", OCT_7_2025,
        "Parliament will vote on Feb. 3."));
  }

  @Test
  void writtenYearIsKept() {
    assertEquals("2022-02-05", normalizer.normalize("Feb. 5, 2022", "2022-02-05", "DATE",
        OCT_7_2025, "They met on Feb. 5, 2022."));
  }

  @Test
  void bareMonthPrefersPast() {
    assertEquals("2022-06", normalizer.normalize("June", "2023-06", "DATE",
        LocalDate.of(2023, 2, 16), "In June, the president stated his position."));
  }

  @Test
  void monthDayLessThanAMonthAheadWithFutureCueStays() {
    assertEquals("2023-06-01", normalizer.normalize("June 1", "2023-06-01", "DATE",
        LocalDate.of(2023, 5, 14), "Another meeting will take place on June 1 in Brussels."));
  }

  @Test
  void weekdayIsLatestOnOrBeforePublication() {
    assertEquals("2023-02-28", normalizer.normalize("Tuesday", "2023-03-07", "DATE", MAR_1_2023,
        "The minister on Tuesday expressed support."));
    assertEquals("2023-03-01", normalizer.normalize("Wednesday", "2023-03-01", "DATE", MAR_1_2023,
        "The minister said Wednesday that talks go on."));
  }

  @Test
  void weekdayWithFutureCueIsOnOrAfterPublication() {
    assertEquals("2023-03-02", normalizer.normalize("Thursday", "2023-02-23", "DATE", MAR_1_2023,
        "The presidents will meet on Thursday, the Kremlin said on Tuesday."));
  }

  @Test
  void weekdayKeepsTimeOfDay() {
    assertEquals("2023-02-28TNI", normalizer.normalize("Tuesday night", "XXXX-WXX-2TNI", "TIME",
        MAR_1_2023, "Police detained protesters on Tuesday night."));
  }

  @Test
  void weekdayWithModifierKeepsSutimeValue() {
    assertEquals("2023-02-21", normalizer.normalize("last Tuesday", "2023-02-21", "DATE",
        MAR_1_2023, "They met last Tuesday."));
  }

  @Test
  void presentReferenceIsPublicationDate() {
    assertEquals("2023-03-01", normalizer.normalize("now", "PRESENT_REF", "DATE", MAR_1_2023,
        "Trade is now growing."));
    assertNull(normalizer.normalize("now", "PRESENT_REF", "DATE", null, "Trade is now growing."));
  }

  @Test
  void pastAndFutureReferencesHaveNoValue() {
    assertNull(normalizer.normalize("recently", "PAST_REF", "DATE", MAR_1_2023, "Recently, x."));
    assertNull(normalizer.normalize("future", "FUTURE_REF", "DATE", MAR_1_2023, "Its future."));
  }

  @Test
  void withoutPublicationDateRelativeValuesAreNull() {
    assertNull(normalizer.normalize("Feb 28", "XXXX-02-28", "DATE", null, "Astana, Feb 28."));
    assertNull(normalizer.normalize("Tuesday", "XXXX-WXX-2", "DATE", null, "On Tuesday, x."));
    assertNull(normalizer.normalize("last year", null, "DATE", null, "Last year, x."));
  }

  @Test
  void withoutPublicationDateAbsoluteValuesAreKept() {
    assertEquals("2019-09", normalizer.normalize("September 2019", "2019-09", "DATE", null,
        "It joined in September 2019."));
    assertEquals("P30Y", normalizer.normalize("30 years", "P30Y", "DURATION", null, "For 30 years."));
  }

  @Test
  void timeOfDayWithoutDayHasNoValue() {
    assertNull(normalizer.normalize("midnight", "T00:00", "TIME", null, "Past midnight."));
  }

  @Test
  void bareNumbersAndRangePiecesAreNoTimeExpressions() {
    assertFalse(normalizer.isTimeExpression("13", "XXXX-XX-13", "DATE"));
    assertFalse(normalizer.isTimeExpression("12-13", "******12/******13", "DATE"));
    assertFalse(normalizer.isTimeExpression("Oct.", "2022-10", "MONEY"));
    assertTrue(normalizer.isTimeExpression("2017", "2017", "DATE"));
    assertTrue(normalizer.isTimeExpression("last year", null, "DATE"));
  }

  @Test
  void rangeValueIsFirstDayInPastReading() {
    DateRange range = new DateRange(new Span(3, 13), "Oct. 12-13", MonthDay.of(10, 12),
        MonthDay.of(10, 13), null);
    String sentence = "On Oct. 12-13 the leaders will meet in Astana.";
    assertEquals("2022-10-12",
        normalizer.normalizeRange(range, LocalDate.of(2022, 10, 11), sentence, 3));
    assertNull(normalizer.normalizeRange(range, null, sentence, 3));
  }

  @Test
  void rangeWithYearAcrossNewYearStartsInYearBefore() {
    DateRange range = new DateRange(new Span(0, 19), "Dec. 30-Jan. 2, 2023", MonthDay.of(12, 30),
        MonthDay.of(1, 2), 2023);
    assertEquals("2022-12-30", normalizer.normalizeRange(range, null, null, -1));
  }

  @Test
  void graceOutsideBoundsIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new TimexNormalizer(40));
    assertEquals("grace days must be within 0..31: 40", e.getMessage());
  }
}
