package org.demarche.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication date of a metadata field: {@code 2023-02-28}, an ISO date-time
 * ({@code 2023-02-28T09:30:00+05:00}, {@code 2023-02-28 09:30Z}) or an RFC 1123 date
 * ({@code Tue, 28 Feb 2023 09:30:00 GMT}). The date is kept as written, in the writer's own
 * time zone: {@code 2023-02-28T23:30:00-05:00} is 2023-02-28, not converted to UTC. Stateless.
 */
final class MetadataDates {

  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{2})-(\\d{2})"
          + "(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?"
          + "(?:Z|z|[+-]\\d{2}(?::?\\d{2})?)?(?:\\[[^\\]]{1,40}])?)?");

  private MetadataDates() {}

  /** The date in {@code value}; empty when not in an accepted form or not a real date. */
  static Optional<LocalDate> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String trimmed = value.strip();
    Matcher m = ISO.matcher(trimmed);
    if (m.matches()) {
      try {
        return Optional.of(LocalDate.of(
            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(
          ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
