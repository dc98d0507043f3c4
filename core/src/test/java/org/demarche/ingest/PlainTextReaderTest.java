package org.demarche.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.demarche.model.Article;
import org.demarche.model.Problem;
import org.demarche.model.PublishedBasis;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

  private static final String BODY =
      "The foreign ministers of Kestria and Valdor met in Port Amsel on Tuesday.\n\n"
          + "\"We agreed on the river treaty,\" the Kestrian minister said.\n";

  private static CollectingSink read(String source, byte[] bytes) throws IOException {
    return read(new PlainTextReader(), source, bytes);
  }

  private static CollectingSink read(PlainTextReader reader, String source, byte[] bytes)
      throws IOException {
    CollectingSink sink = new CollectingSink();
    reader.read(source, new ByteArrayInputStream(bytes), sink);
    return sink;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void headerOnItsOwnLineGivesPublishedAndIsRemovedFromText() throws IOException {
    CollectingSink sink = read("corpus/k01_river_treaty.txt", utf8("date 2024-03-05\n" + BODY));

    assertEquals(List.of(new Article("k01_river_treaty", "corpus/k01_river_treaty.txt", null,
        LocalDate.of(2024, 3, 5), PublishedBasis.HEADER, BODY, Map.of())), sink.articles);
    assertEquals(List.of(), sink.problems);
  }

  @Test
  void inlineHeaderWithLeadingSpaceLeavesBodyStartingAtItsFirstWord() throws IOException {
    CollectingSink sink = read("k02.txt", utf8(" date 2023-11-30 " + BODY));

    assertEquals(List.of(new Article("k02", "k02.txt", null, LocalDate.of(2023, 11, 30),
        PublishedBasis.HEADER, BODY, Map.of())), sink.articles);
  }

  @Test
  void textWithoutHeaderIsStoredUnchangedIncludingLeadingWhiteSpace() throws IOException {
    String text = "  \nPORT AMSEL, Kestria -- " + BODY;

    CollectingSink sink = read("k03.txt", utf8(text));

    assertEquals(List.of(new Article("k03", "k03.txt", null, null, null, text, Map.of())),
        sink.articles);
  }

  @Test
  void theWordDateOpeningASentenceIsNotAHeader() throws IOException {
    String text = "date palms line the road to the Valdor border post.";

    CollectingSink sink = read("k04.txt", utf8(text));

    assertEquals(text, sink.articles.get(0).text());
    assertEquals(null, sink.articles.get(0).published());
  }

  @Test
  void impossibleHeaderDateIsAProblemAndTheArticleIsKeptWithoutDate() throws IOException {
    CollectingSink sink = read("k05.txt", utf8(" date 2023-02-30\n" + BODY));

    assertEquals(List.of(new Article("k05", "k05.txt", null, null, null, BODY, Map.of())),
        sink.articles);
    assertEquals(List.of(new Problem("k05.txt", "line 1", "invalid date in header: 2023-02-30")),
        sink.problems);
  }

  @Test
  void windowsLineEndsAndByteOrderMarkAreNormalizedAway() throws IOException {
    CollectingSink sink = read("k06.txt",
        utf8("\uFEFFdate 2024-01-02\r\nFirst paragraph.\r\n\r\nSecond paragraph.\rThird."));

    assertEquals("First paragraph.\n\nSecond paragraph.\nThird.", sink.articles.get(0).text());
    assertEquals(LocalDate.of(2024, 1, 2), sink.articles.get(0).published());
  }

  @Test
  void invalidUtf8IsReportedWithTheOffsetOfTheFirstBadByte() throws IOException {
    byte[] broken = utf8("Valdor said?x no.");
    broken[11] = (byte) 0xC3; // a lead byte followed by an ASCII letter, not a continuation

    CollectingSink sink = read("k07.txt", broken);

    assertEquals(List.of(), sink.articles);
    assertEquals(List.of(new Problem("k07.txt", null, "not UTF-8 (invalid byte at offset 11)")),
        sink.problems);
  }

  @Test
  void windows1251CyrillicIsNotMistakenForUtf8() throws IOException {
    byte[] cp1251 = "News: Президент заявил".getBytes(Charset.forName("windows-1251"));

    CollectingSink sink = read("k08.txt", cp1251);

    assertEquals(List.of(new Problem("k08.txt", null, "not UTF-8 (invalid byte at offset 6)"
            + "; looks like Windows-1251 (Cyrillic); convert it to UTF-8, e.g. iconv -f windows-1251 -t utf-8")),
        sink.problems);
  }

  @Test
  void bytesWithNulAreABinaryFile() throws IOException {
    CollectingSink sink = read("k09.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 20, 0});

    assertEquals(List.of(new Problem("k09.txt", null, "binary file")), sink.problems);
  }

  @Test
  void whiteSpaceOnlyIsAnEmptyFile() throws IOException {
    CollectingSink sink = read("k10.txt", utf8(" \n\t\r\n "));

    assertEquals(List.of(new Problem("k10.txt", null, "empty file")), sink.problems);
  }

  @Test
  void headerWithoutBodyIsAnEmptyFile() throws IOException {
    CollectingSink sink = read("k11.txt", utf8(" date 2024-03-05\n\n"));

    assertEquals(List.of(new Problem("k11.txt", null, "empty file (a date header and no text)")),
        sink.problems);
  }

  @Test
  void fileOverTheLimitIsReportedAndNotRead() throws IOException {
    CollectingSink sink = read(new PlainTextReader(new ReadLimits(10)), "k12.txt",
        utf8("eleven char"));

    assertEquals(List.of(new Problem("k12.txt", null, "too large (over 10 bytes)")),
        sink.problems);
    assertEquals(List.of(), sink.articles);
  }

  @Test
  void idDropsOnlyTheLastExtension() throws IOException {
    CollectingSink sink = read("a/b.c/report.v2.txt", utf8("Text."));

    assertEquals("report.v2", sink.articles.get(0).id());
  }
}
