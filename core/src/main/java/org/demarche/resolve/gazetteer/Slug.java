package org.demarche.resolve.gazetteer;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns a name into the lowercase ASCII slug used in entity ids ({@code St. John's} to {@code st-john-s}). */
final class Slug {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private static volatile Transliterator toLatin;

  private Slug() {}

  /**
   * The slug of {@code name}: ASCII letters and digits, other runs replaced by one hyphen.
   *
   * @throws IllegalArgumentException when nothing usable remains
   */
  static String of(String name) {
    String ascii = stripMarks(name);
    if (ascii.chars().anyMatch(Slug::needsTransliteration)) {
      // only letters of non-Latin scripts need ICU, whose transliterator takes ~0.5 s to build
      Transliterator latin = latin();
      synchronized (latin) { // ICU transliterators are not documented as thread-safe
        ascii = stripMarks(latin.transliterate(name));
      }
    }
    StringBuilder out = new StringBuilder();
    for (char c : ascii.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
        out.append('-');
      }
    }
    while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
      out.setLength(out.length() - 1);
    }
    if (out.length() == 0) {
      throw new IllegalArgumentException("no slug can be made from name: " + name);
    }
    return out.toString();
  }

  /** A non-ASCII letter or digit; modifier letters such as the okina in Nukuʻalofa are not. */
  private static boolean needsTransliteration(int c) {
    return c >= 128 && Character.isLetterOrDigit(c)
        && Character.getType(c) != Character.MODIFIER_LETTER;
  }

  private static String stripMarks(String s) {
    String decomposed = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    StringBuilder out = new StringBuilder(decomposed.length());
    for (char c : decomposed.toCharArray()) {
      switch (c) {
        case 'ı' -> out.append('i');
        case 'ø', 'Ø' -> out.append('o');
        case 'ß' -> out.append("ss");
        case 'æ', 'Æ' -> out.append("ae");
        case 'ł', 'Ł' -> out.append('l');
        case 'đ', 'Đ' -> out.append('d');
        case 'ə', 'Ə' -> out.append('a');
        case 'ħ' -> out.append('h');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static Transliterator latin() {
    Transliterator t = toLatin;
    if (t == null) {
      t = Transliterator.getInstance("Any-Latin; Latin-ASCII");
      toLatin = t;
    }
    return t;
  }
}
