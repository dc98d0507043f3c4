package org.demarche.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

/**
 * Property tests of every parser in {@code time} that reads strings: any input, no exception,
 * and every span found lies within the text (start &lt;= end) and slices to its text.
 */
class TimeParserPropertiesTest {

  private static final List<String> PIECES = List.of("Oct.", "October", "Sept", "May", "may",
      "12", "13th", "30", "2", "2023", "1999", "'98", "1990s", "10:30", "5pm", "12/05/2023",
      "-", "–", "—", " to ", " through ", " of ", ", ", " ", "\u00a0", "\n", "on", "Tuesday",
      "last", "next", "will", "said", "was", "mid-2024", "two-day", "\"", "(", ")", "x");

  private final TimexNormalizer normalizer = new TimexNormalizer();

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMaxSize(40)
        .map(l -> String.join("", l));
    return Arbitraries.oneOf(pieces, Arbitraries.strings().ofMaxLength(200));
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.oneOf(Arbitraries.of("PRESENT_REF", "PAST_REF", "FUTURE_REF", "XXXX-02-28",
            "XXXX-10", "2023-10-12", "2023-10", "2023", "T00:00", "XXXX-WXX-2", "P1D", "2023-W41",
            "******12", "2023-02-30", "XXXX-13-45", "XXXX-WXX-9", "", "2023-10-12T10:30"),
        Arbitraries.strings().withChars("0123456789X-TWP*:").ofMaxLength(16),
        Arbitraries.strings().ofMaxLength(16)).injectNull(0.1);
  }

  @Provide
  Arbitrary<String> types() {
    return Arbitraries.oneOf(Arbitraries.of("DATE", "TIME", "DURATION", "SET"),
        Arbitraries.strings().ofMaxLength(8)).injectNull(0.1);
  }

  @Provide
  Arbitrary<LocalDate> references() {
    return Dates.dates().between(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)).injectNull(0.2);
  }

  @Property
  void anyTextRangesLieWithinItAndSliceToTheirText(@ForAll("texts") String text) {
    for (DateRange range : new DateRangeFinder().find(text)) {
      assertTrue(range.span().end() <= text.length(), range.toString());
      assertEquals(range.text(), range.span().slice(text));
    }
  }

  @Property
  void anyRangeNormalizesToADateOrNull(@ForAll("texts") String text,
      @ForAll("references") LocalDate reference) {
    for (DateRange range : new DateRangeFinder().find(text)) {
      String value = normalizer.normalizeRange(range, reference, text, range.span().start());
      assertTrue(value == null || LocalDate.parse(value) != null, value);
    }
  }

  @Property
  void anyTimexNormalizesOrGivesNull(@ForAll("texts") String text, @ForAll("values") String value,
      @ForAll("types") String type, @ForAll("references") LocalDate reference,
      @ForAll("texts") String sentence, @ForAll @IntRange(min = -5, max = 300) int start) {
    normalizer.isTimeExpression(text, value, type);
    normalizer.normalize(text, value, type, reference, sentence, start);
    normalizer.normalize(text, value, type, reference, sentence);
    normalizer.normalize(text, value, type, reference, null, -1);
  }

  @Property
  void anyExpressionInsideASentenceHasAReading(@ForAll("texts") String sentence,
      @ForAll @IntRange(min = 0, max = 1000) int a, @ForAll @IntRange(min = 0, max = 1000) int b) {
    int start = Math.min(a, b) % (sentence.length() + 1);
    int end = start + (Math.max(a, b) - Math.min(a, b)) % (sentence.length() - start + 1);
    assertNotNull(TenseCues.readingAt(sentence, start, end));
  }

  @Property
  void anyWordIsADateWordOrNot(@ForAll("texts") String word) {
    DateWords.isDateWord(word);
  }
}
