package org.demarche.resolve.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TsvReaderTest {

  private static final List<String> HEADER = PlaceRow.HEADER;

  private static List<TsvRow> read(String text) {
    return TsvReader.read(new BufferedReader(new StringReader(text)), "test.tsv", HEADER);
  }

  @Test
  void commentsBlankLinesByteOrderMarkAndCarriageReturnsAreSkipped() {
    List<TsvRow> rows = read("\uFEFF# c\r\n\r\nid\tname\taliases\tcountry\tkind\tprovenance\r\n"
        + "osh\tOsh\tОш\tKGZ\tcity\tcurated\r\n");
    assertEquals(1, rows.size());
    assertEquals(List.of("Ош"), rows.get(0).list("aliases"));
    assertEquals(4, rows.get(0).line());
  }

  @Test
  void wrongHeaderNamesTheLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> read("# c\nid\tname\n"));
    assertEquals("test.tsv:2: header must be id TAB name TAB aliases TAB country TAB kind TAB"
        + " provenance, found id TAB name", e.getMessage());
  }

  @Test
  void rowWithTooFewCellsNamesTheLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> read("id\tname\taliases\tcountry\tkind\tprovenance\nosh\tOsh\n"));
    assertEquals("test.tsv:2: expected 6 columns [id, name, aliases, country, kind, provenance],"
        + " found 2", e.getMessage());
  }

  /** Any text in: rows or an IllegalArgumentException, nothing else. */
  @Test
  void randomInputGivesRowsOrIllegalArgument() {
    Random random = new Random(7);
    String alphabet = "ab\t\n#|-19KGZ \r\uFEFF";
    String header = "id\tname\taliases\tcountry\tkind\tprovenance\n";
    for (int round = 0; round < 1000; round++) {
      StringBuilder text = new StringBuilder(random.nextBoolean() ? header : "");
      for (int i = random.nextInt(200); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      try {
        for (TsvRow row : read(text.toString())) {
          PlaceRow.from(row);
        }
      } catch (IllegalArgumentException expected) {
        // malformed input is reported, which is the contract
      }
    }
  }
}
