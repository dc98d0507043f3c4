package org.demarche.spark;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Spark hands dates and times to Java as {@code java.time} values when
 * {@code spark.sql.datetime.java8API.enabled} is on (the job turns it on) and as
 * {@code java.sql} values otherwise: this reads either.
 */
final class Dates {

  private Dates() {}

  /** The date in a {@code DATE} column value, or null. */
  static LocalDate local(Object value) {
    if (value == null || value instanceof LocalDate) {
      return (LocalDate) value;
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    throw new IllegalArgumentException("not a date: " + value.getClass().getName());
  }

  /** The instant in a {@code TIMESTAMP} column value, or null. */
  static Instant instant(Object value) {
    if (value == null || value instanceof Instant) {
      return (Instant) value;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    throw new IllegalArgumentException("not a timestamp: " + value.getClass().getName());
  }
}
