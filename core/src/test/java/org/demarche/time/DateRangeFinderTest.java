package org.demarche.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.MonthDay;
import java.util.List;
import java.util.Random;
import org.demarche.model.Span;
import org.junit.jupiter.api.Test;

class DateRangeFinderTest {

  private final DateRangeFinder finder = new DateRangeFinder();

  @Test
  void abbreviatedMonthWithDayRangeIsOneRange() {
    String text = "The leaders meet in Astana on Oct. 12-13 for the summit.";
    assertEquals(List.of(new DateRange(new Span(30, 40), "Oct. 12-13", MonthDay.of(10, 12),
        MonthDay.of(10, 13), null)), finder.find(text));
  }

  @Test
  void dayRangeBeforeMonthIsOneRange() {
    String text = "It runs 12–13 October 2022 in Baku.";
    assertEquals(List.of(new DateRange(new Span(8, 26), "12–13 October 2022", MonthDay.of(10, 12),
        MonthDay.of(10, 13), 2022)), finder.find(text));
  }

  @Test
  void rangeWithToIsOneRange() {
    String text = "Held October 12 to 13, 2022.";
    assertEquals(List.of(new DateRange(new Span(5, 27), "October 12 to 13, 2022",
        MonthDay.of(10, 12), MonthDay.of(10, 13), 2022)), finder.find(text));
  }

  @Test
  void rangeAcrossMonthsIsOneRange() {
    String text = "From Sept. 30-Oct. 2 the forum met.";
    assertEquals(List.of(new DateRange(new Span(5, 20), "Sept. 30-Oct. 2", MonthDay.of(9, 30),
        MonthDay.of(10, 2), null)), finder.find(text));
  }

  @Test
  void singleDateAndLowercaseMonthAreNoRange() {
    assertEquals(List.of(), finder.find("On Oct. 12 they said they may 12-13 times."));
  }

  @Test
  void impossibleOrBackwardDaysAreNoRange() {
    assertEquals(List.of(), finder.find("Feb 30-31 and Oct 13-12 and Oct 5-5."));
  }

  @Test
  void rangeDoesNotCrossLineBreak() {
    assertEquals(List.of(), finder.find("Published Oct. 12\n-13 people died"));
  }

  @Test
  void randomInputGivesValidSpans() {
    Random random = new Random(42);
    String alphabet = "Oct. 12-13 October to –\n, 2022 Sept May ";
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      for (DateRange r : finder.find(text)) {
        assertEquals(r.text(), r.span().slice(text));
      }
    }
  }
}
