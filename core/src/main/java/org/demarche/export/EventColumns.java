package org.demarche.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.demarche.event.EventKey;
import org.demarche.model.EventActor;

/** How the CSV tables write shared values: GDELT-style dates and actor codes. */
final class EventColumns {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private EventColumns() {}

  /** A date as GDELT's {@code YYYYMMDD}, empty when unknown. */
  static String day(LocalDate d) {
    return d == null ? null : d.format(DAY);
  }

  /** An actor's key ({@code country:kaz}, {@code person:...}), the one events are grouped by. */
  static String key(EventActor a) {
    return a == null ? null : EventKey.actorKey(a);
  }

  /** An actor's ISO alpha-3 country, when known. */
  static String country(EventActor a) {
    return a == null ? null : a.country();
  }

  /** The words naming the actor. */
  static String name(EventActor a) {
    return a == null ? null : a.text();
  }

  /** The CAMEO root code: the first two digits ({@code 05} for {@code 051}). */
  static String root(String cameo) {
    return cameo.substring(0, 2);
  }

  /** The CAMEO base code: the first three digits, or the root when the code has two. */
  static String base(String cameo) {
    return cameo.length() >= 3 ? cameo.substring(0, 3) : cameo;
  }
}
