package org.demarche.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes RFC 4180 CSV records: a field holding a comma, quote or line break is quoted. */
final class CsvRow {

  private CsvRow() {}

  /** Writes one record and its CRLF; null fields are written empty. */
  static void write(Writer out, List<?> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      Object f = fields.get(i);
      if (f != null) {
        out.write(quote(f.toString()));
      }
    }
    out.write("\r\n");
  }

  static String quote(String field) {
    boolean plain = true;
    for (int i = 0; i < field.length() && plain; i++) {
      char c = field.charAt(i);
      plain = c != ',' && c != '"' && c != '\n' && c != '\r';
    }
    return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
  }
}
