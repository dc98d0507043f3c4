package org.demarche.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import org.demarche.model.Dateline;
import org.demarche.model.Span;
import org.junit.jupiter.api.Test;

class DatelineParserTest {

  private static final LocalDate KNOWN = LocalDate.of(2023, 3, 1);
  private final DatelineParser parser = new DatelineParser();

  private static Dateline dateline(String text, int start, String place, String country,
      String outlet, LocalDate date) {
    return new Dateline(text, new Span(start, start + text.length()), place, country, outlet,
        date);
  }

  @Test
  void titleCasePlaceDateAndAgencyInParenthesesWithDotDash() {
    assertEquals(dateline("ASTANA, Feb 28 (EFE).-", 0, "Astana", "KAZ", "EFE",
            LocalDate.of(2023, 2, 28)),
        parser.parse("ASTANA, Feb 28 (EFE).- The ministers met on Tuesday.", KNOWN));
  }

  @Test
  void placeAndCountryWithAbbreviatedMonthAndNoSeparator() {
    assertEquals(dateline("BAKU, Azerbaijan, Feb. 26", 0, "Baku", "AZE", null,
            LocalDate.of(2023, 2, 26)),
        parser.parse("BAKU, Azerbaijan, Feb. 26 The talks opened.", KNOWN));
  }

  @Test
  void agencyBetweenSlashesEndsWithAPeriod() {
    assertEquals(dateline("TASHKENT, May 27. /TASS/.", 0, "Tashkent", "UZB", "TASS",
            LocalDate.of(2022, 5, 27)),
        parser.parse("TASHKENT, May 27. /TASS/. The delegation arrived.", KNOWN));
  }

  @Test
  void placeAndCountryWithDoubleDashHasNoDate() {
    assertEquals(dateline("SAMARKAND, Uzbekistan --", 0, "Samarkand", "UZB", null, null),
        parser.parse("SAMARKAND, Uzbekistan -- The summit closed.", KNOWN));
  }

  @Test
  void menafnMarkerGivesOnlyTheOutlet() {
    assertEquals(dateline("(MENAFN- AzerNews)", 0, null, null, "AzerNews", null),
        parser.parse("(MENAFN- AzerNews) The partners agreed.", KNOWN));
  }

  @Test
  void anadoluAbbreviationIsExpanded() {
    assertEquals(dateline("ANKARA (AA) -", 0, "Ankara", "TUR", "Anadolu Agency", null),
        parser.parse("ANKARA (AA) - The minister spoke.", KNOWN));
  }

  @Test
  void datelineAfterAShortHeadlineBlock() {
    String text = "World\n\nMinisters agree on river quotas\n\n"
        + "Astana, Feb 28 (EFE).- The ministers agreed on Tuesday.";

    assertEquals(dateline("Astana, Feb 28 (EFE).-", 40, "Astana", "KAZ", "EFE", null),
        parser.parse(text, null));
  }

  @Test
  void reutersWithDashAndNoYearKnownHasNoDate() {
    assertEquals(dateline("MOSCOW, Nov 3 (Reuters) -", 0, "Moscow", "RUS", "Reuters", null),
        parser.parse("MOSCOW, Nov 3 (Reuters) - The ministry said.", null));
  }

  @Test
  void statedYearGivesTheDateWithoutAKnownDate() {
    assertEquals(dateline("ASTANA, Feb. 28, 2023 --", 0, "Astana", "KAZ", null,
            LocalDate.of(2023, 2, 28)),
        parser.parse("ASTANA, Feb. 28, 2023 -- The visit began.", null));
    assertEquals(dateline("ASTANA, 28 February 2023 --", 0, "Astana", "KAZ", null,
            LocalDate.of(2023, 2, 28)),
        parser.parse("ASTANA, 28 February 2023 -- The visit began.", null));
  }

  @Test
  void countryAndFullMonthEndingInAPeriod() {
    assertEquals(dateline("BISHKEK, Kyrgyzstan, January 10.", 0, "Bishkek", "KGZ", null,
            LocalDate.of(2024, 1, 10)),
        parser.parse("BISHKEK, Kyrgyzstan, January 10. The president said.",
            LocalDate.of(2024, 1, 10)));
  }

  @Test
  void placeInCapitalsThenAKnownAgencyInCapitals() {
    assertEquals(dateline("TURKMENBASHI. KAZINFORM", 0, "Turkmenbashi", "TKM", "Kazinform",
            null),
        parser.parse("TURKMENBASHI. KAZINFORM The visit began.", null));
  }

  @Test
  void capitalAloneBeforeADash() {
    assertEquals(dateline("BEIJING --", 0, "Beijing", "CHN", null, null),
        parser.parse("BEIJING -- The leaders met.", null));
  }

  @Test
  void leadingWhiteSpaceIsNotPartOfTheDateline() {
    assertEquals(dateline("Moscow (AsiaNews) -", 2, "Moscow", "RUS", "AsiaNews", null),
        parser.parse("  Moscow (AsiaNews) - Tension rose.", null));
  }

  @Test
  void unknownPlaceKeepsItsNameWithoutCountry() {
    assertEquals(dateline("PORT AMSEL, Kestria --", 0, "Port Amsel", null, null, null),
        parser.parse("PORT AMSEL, Kestria -- The treaty was signed.", null));
  }

  @Test
  void dayAndMonthTakeTheLatestYearNotAfterThePublicationDate() {
    assertEquals(LocalDate.of(2023, 12, 31),
        parser.parse("KABUL, Dec 31 (Reuters) - Text.", LocalDate.of(2024, 1, 2)).date());
    assertEquals(LocalDate.of(2025, 1, 1),
        parser.parse("KABUL, Jan 1 (Reuters) - Text.", LocalDate.of(2024, 12, 31)).date());
  }

  @Test
  void impossibleDateHasNoDate() {
    assertNull(parser.parse("KABUL, Feb 30, 2023 (Reuters) - Text.", null).date());
  }

  @Test
  void placeLookupCanBeSwapped() {
    DatelineParser custom = new DatelineParser(Map.of("Port Amsel", "KES")::get);

    assertEquals("KES", custom.parse("PORT AMSEL -- Text.", null).country());
  }

  @Test
  void openingSentencesAreNotDatelines() {
    for (String text : new String[] {
        "Russia, Uzbekistan sign agreements on trade",
        "FILE PHOTO: The ministers at the signing.",
        "Kazakhstan President Tokayev said on Monday.",
        "Speaking at the event, the minister thanked the hosts.",
        "January 10, 2022",
        "US President said the talks went well.",
        "Astana (Kazakhstan) hosted the summit.",
        "date 2024-01-01 Text.",
        ""}) {
      assertNull(parser.parse(text, KNOWN), text);
    }
  }

  @Test
  void datelineBeyondTheFourthLineIsIgnored() {
    assertNull(parser.parse("One.\nTwo.\nThree.\nFour.\nBEIJING -- Text.", null));
  }

  @Test
  void randomInputNeverThrowsAndSpansPointIntoTheText() {
    Random random = new Random(7);
    String alphabet = "ABCSTMOWabcdeo ,.-–—()/\n\t0123456789FebMayNov(MENAFN- )ЁжÇ\u00A0";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(60);
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      Dateline d = parser.parse(s, random.nextBoolean() ? null : KNOWN);
      if (d != null) {
        assertEquals(d.text(), d.span().slice(s), s);
        assertTrue(d.span().length() > 0, s);
      }
    }
  }
}
