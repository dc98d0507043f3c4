package org.demarche.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code date YYYY-MM-DD} header that may open a plain-text article: optional white space,
 * the word {@code date}, one space, the date, then white space (a space or a line end: both
 * occur, and the body may go on on the same line) or the end of the text.
 *
 * @param rawDate the date as written ({@code 2025-10-07})
 * @param date the date, or null when {@code rawDate} is not a real date ({@code 2025-02-30})
 * @param bodyStart where the body starts: after the header and all white space following it
 */
record DateHeader(String rawDate, LocalDate date, int bodyStart) {

  private static final Pattern HEADER =
      Pattern.compile("\\s*date (\\d{4})-(\\d{2})-(\\d{2})(?=\\s|$)\\s*");

  /** The header at the start of {@code text}, or null when the text has none. */
  static DateHeader find(String text) {
    Matcher m = HEADER.matcher(text);
    if (!m.lookingAt()) {
      return null;
    }
    String raw = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
    LocalDate date;
    try {
      date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      date = null;
    }
    return new DateHeader(raw, date, m.end());
  }
}
