package org.demarche.ingest;

/**
 * Names the likely encoding of text that is not UTF-8, for the message that rejects it.
 * Demarche does not decode such input itself: telling Windows-1251 from KOI8-R, or Latin-1 from
 * Windows-1252 and Latin-9, takes more text than an article gives, and a wrong guess stores
 * mojibake that no later stage can undo. The user converts the file (the message says how)
 * and reads it again. Stateless.
 */
final class EncodingGuess {

  private EncodingGuess() {}

  /**
   * A hint such as {@code looks like Windows-1251 (Cyrillic); convert it to UTF-8, e.g. iconv -f
   * windows-1251 -t utf-8}, or null when the bytes suggest no single-byte encoding.
   *
   * <p>In the single-byte encodings the letters beyond ASCII are the bytes {@code C0-FF}.
   * Cyrillic text is mostly such letters ({@code Мир} is {@code CC E8 F0}); Western European text
   * is mostly ASCII with a few ({@code Café} has one {@code E9}). Bytes that are mostly whole
   * UTF-8 sequences are damaged UTF-8 (a file cut mid-character), not another encoding.
   */
  static String hint(byte[] bytes, int from, int to) {
    int ascii = 0;
    int high = 0;
    int other = 0;
    for (int i = from; i < to; i++) {
      int b = bytes[i] & 0xff;
      if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')) {
        ascii++;
      } else if (b >= 0xc0 && b != 0xd7 && b != 0xf7) {
        high++;
      } else if (b >= 0x80) {
        other++;
      }
    }
    if (high == 0 || other > high || 2 * utf8Sequences(bytes, from, to) >= high) {
      return null;
    }
    if (high >= ascii && high >= 2) {
      return "looks like Windows-1251 (Cyrillic); convert it to UTF-8, e.g. "
          + "iconv -f windows-1251 -t utf-8";
    }
    if (high < 2) {
      return null; // one stray byte says nothing about an encoding
    }
    return "looks like Latin-1 (ISO-8859-1); convert it to UTF-8, e.g. iconv -f latin1 -t utf-8";
  }

  /** How many well-formed multi-byte UTF-8 sequences the bytes hold. */
  private static int utf8Sequences(byte[] bytes, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      int b = bytes[i] & 0xff;
      int continuations = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2
          : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
      if (continuations == 0 || i + continuations >= to) {
        continue;
      }
      boolean whole = true;
      for (int k = 1; k <= continuations; k++) {
        int c = bytes[i + k] & 0xff;
        whole &= c >= 0x80 && c <= 0xbf;
      }
      if (whole) {
        count++;
        i += continuations;
      }
    }
    return count;
  }
}
