package org.demarche.resolve.gazetteer;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The lookup key of a name: how {@link Gazetteer#byAlias(String)} compares surfaces.
 *
 * <p>The key is the NFC form, lower-cased without regard to locale, with typographic quotes and
 * dashes folded to their ASCII forms and runs of white space collapsed to one space. Diacritics
 * are kept: {@code Erdoğan} and {@code Erdogan} are different keys, so the gazetteer lists both.
 * The dotted capital {@code İ} folds to {@code i} ({@code İstanbul} = {@code Istanbul}).
 */
public final class NameKey {

  private NameKey() {}

  /**
   * The key of {@code surface}.
   *
   * @param surface a name as written, never null
   * @return its key, possibly empty
   */
  public static String of(String surface) {
    String s = isAscii(surface) ? surface : Normalizer.normalize(surface, Normalizer.Form.NFC);
    s = s.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u0307' && out.length() > 0 && out.charAt(out.length() - 1) == 'i') {
        continue; // "İ".toLowerCase() is "i" + combining dot above
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(fold(c));
    }
    return out.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static char fold(char c) {
    switch (c) {
      case '\u2018', '\u2019', '\u201B', '\u02BC', '\u02BB', '\u00B4', '\u0060', '\u2032':
        return '\'';
      case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB':
        return '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
        return '-';
      default:
        return c;
    }
  }
}
