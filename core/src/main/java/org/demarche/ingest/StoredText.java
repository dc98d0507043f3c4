package org.demarche.ingest;

/**
 * Turns decoded input into the text Demarche stores, to which all offsets refer: drops a
 * leading byte order mark and normalizes line ends ({@code \r\n} and a lone {@code \r} become
 * {@code \n}). Nothing else changes. Stateless.
 */
final class StoredText {

  private StoredText() {}

  /** The stored form of {@code decoded}. */
  static String of(String decoded) {
    String text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
    if (text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
