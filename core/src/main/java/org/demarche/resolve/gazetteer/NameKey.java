package org.demarche.resolve.gazetteer;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The keys under which names are compared, from strict to loose, and the slug of entity ids.
 *
 * <ul>
 *   <li>{@link #of}: the exact key of {@link Gazetteer#byAlias}: case, white space, typographic
 *       quotes and dashes folded; diacritics and script kept ({@code Erdoğan} ≠ {@code Erdogan}).
 *   <li>{@link #fold}: lowercase ASCII words. Cyrillic is romanized as the press does (ICU
 *       {@code Kazakh-Latin/BGN}, a superset of Russian: {@code Тоқаев} → {@code toqaev},
 *       {@code Жапаров} → {@code zhaparov}), then ICU {@code Any-Latin; Latin-ASCII} drops
 *       diacritics ({@code Erdoğan} → {@code erdogan}); Azerbaijani {@code ə} is {@code a}.
 *   <li>{@link #key}: {@link #fold} with the romanization variants news agencies disagree on
 *       folded away: q/k ({@code Toqaev}/{@code Tokayev}), zh/dzh/dj/j ({@code Zhaparov}/{@code
 *       Japarov}), kh/h, sh/s, ch/c, w/v, ph/f, y/i, a glide between vowels ({@code
 *       Tokayev}/{@code Tokaev}), word-initial ye/e ({@code Yerlan}/{@code Erlan}) and doubled
 *       letters ({@code Kassym}/{@code Qasym}).
 *   <li>{@link #slug}: the lowercase ASCII slug of an entity id ({@code kassym-jomart-tokayev}).
 * </ul>
 *
 * <p>Thread-safe: ICU transliterators are kept one per thread.
 */
public final class NameKey {

  private static final ThreadLocal<Transliterator> TO_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance(
          "Kazakh-Latin/BGN; Any-Latin; Latin-ASCII; [:^ASCII:] Remove"));

  private NameKey() {}

  /**
   * The exact key of {@code surface}: NFC, lower case without regard to locale, typographic
   * quotes and dashes folded to ASCII, runs of white space collapsed to one space, the dotted
   * capital {@code İ} folded to {@code i}. Diacritics are kept.
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
      out.append(typographic(c));
    }
    return out.toString();
  }

  /**
   * Lowercase ASCII letters and digits in words separated by single spaces; apostrophes inside
   * names are dropped, not split on ({@code Xi’an} → {@code xian}). Empty for text without
   * letters or digits.
   */
  public static String fold(String s) {
    String t = s;
    if (!isAscii(t)) {
      t = TO_ASCII.get().transliterate(premap(Normalizer.normalize(t, Normalizer.Form.NFC)));
    }
    StringBuilder out = new StringBuilder(t.length());
    boolean space = true;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\'' || c == '`') {
        continue;
      }
      if (c < 128 && Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int n = out.length();
    if (n > 0 && out.charAt(n - 1) == ' ') {
      out.setLength(n - 1);
    }
    return out.toString();
  }

  /** {@link #fold} plus the romanization folds: the key two spellings of one name share. */
  public static String key(String s) {
    String f = fold(s);
    if (f.isEmpty()) {
      return f;
    }
    StringBuilder out = new StringBuilder(f.length());
    for (String word : f.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(keyWord(word));
    }
    return out.toString();
  }

  /**
   * The slug of {@code name} for an entity id: the letters and digits of {@link #fold}, other
   * runs (spaces, hyphens, apostrophes) replaced by one hyphen ({@code St. John's} →
   * {@code st-john-s}).
   *
   * @throws IllegalArgumentException when no letter or digit remains
   */
  public static String slug(String name) {
    String t = name;
    if (!isAscii(t)) {
      t = TO_ASCII.get().transliterate(premap(Normalizer.normalize(t, Normalizer.Form.NFC)));
    }
    StringBuilder out = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = Character.toLowerCase(t.charAt(i));
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

  static String keyWord(String w) {
    String x = w.replace("dzh", "j").replace("dj", "j").replace("zh", "j").replace("kh", "h")
        .replace("sh", "s").replace("ch", "c").replace("q", "k").replace("ck", "k")
        .replace("w", "v").replace("y", "i").replace("ph", "f");
    if (x.startsWith("ie") && x.length() > 3) {
      x = x.substring(1); // Yerlan / Erlan, Yevgeny / Evgeny: Cyrillic initial Е
    }
    StringBuilder out = new StringBuilder(x.length());
    for (int i = 0; i < x.length(); i++) {
      char c = x.charAt(i);
      if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
        continue; // Berdymukhammedov / Berdimuhamedov, Kassym / Qasym
      }
      out.append(c);
    }
    // an i gliding between vowels is a transliteration choice: Tokaiev / Tokaev, Mirzioiev / Mirzioev
    for (int i = out.length() - 2; i >= 1; i--) {
      if (out.charAt(i) == 'i' && isVowel(out.charAt(i - 1)) && isVowel(out.charAt(i + 1))) {
        out.deleteCharAt(i);
      }
    }
    return out.toString();
  }

  /** Letters the transliterators get wrong for names: Azerbaijani schwa, Cyrillic yo. */
  private static String premap(String s) {
    StringBuilder out = new StringBuilder(s.length() + 4);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case 'ə' -> out.append('a');
        case 'Ə' -> out.append('A');
        case 'ё' -> out.append("йо"); // Мирзиёев: Mirziyoyev, not Mirzieev
        case 'Ё' -> out.append("Йо");
        case 'ı' -> out.append('i');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'o' || c == 'u' || c == 'i';
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static char typographic(char c) {
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
