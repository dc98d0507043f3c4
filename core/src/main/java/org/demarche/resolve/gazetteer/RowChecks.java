package org.demarche.resolve.gazetteer;

import java.util.regex.Pattern;

/** Checks shared by the row readers: slugs and country codes. */
final class RowChecks {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  private RowChecks() {}

  /** The cell as an id slug: lowercase ASCII letters, digits, dot, hyphen, underscore. */
  static String slug(TsvRow row, String column) {
    String value = row.required(column);
    if (!SLUG.matcher(value).matches()) {
      throw row.error(column, "must be a lowercase ASCII slug like kassym-jomart-tokayev: " + value);
    }
    return value;
  }

  /** The cell as an ISO alpha-3 code known to the JDK (or XKX), or null when empty. */
  static String country(TsvRow row, String column) {
    String value = row.text(column);
    if (value != null && !CountryCodes.isValid(value)) {
      throw row.error(column, "not an ISO 3166-1 alpha-3 code (or XKX): " + value);
    }
    return value;
  }
}
