package org.demarche.resolve.gazetteer;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * <p>Thread-safe: the ICU transliterators are shared, built on first use, used under a lock.
 */
public final class NameKey {

  /** Cyrillic as the press romanizes it; Kazakh BGN is a superset of the Russian table. */
  private static final Shared CYRILLIC =
      new Shared("Kazakh-Latin/BGN; Latin-ASCII; [:^ASCII:] Remove");

  /** Other scripts (Chinese, Georgian, Armenian, Arabic...) and Latin letters not mapped below. */
  private static final Shared ANY = new Shared("Any-Latin; Latin-ASCII; [:^ASCII:] Remove");

  /**
   * Non-ASCII names already transliterated: the gazetteer's aliases are folded by several
   * indexes. Bounded, so that a stream of articles cannot grow it without end.
   */
  private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();

  private static final int CACHE_LIMIT = 50_000;

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
      t = toAscii(t);
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
      t = toAscii(t);
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

  /**
   * Non-ASCII text in ASCII. Latin with diacritics, the common case, is done here (decompose,
   * drop the marks, map the letters that do not decompose): ICU's transliterators cost a
   * millisecond a name, which adds up over the gazetteer's aliases.
   */
  private static String toAscii(String s) {
    String cached = FOLDED.get(s);
    if (cached != null) {
      return cached;
    }
    String ascii = transliterate(s);
    if (FOLDED.size() < CACHE_LIMIT) {
      FOLDED.put(s, ascii);
    }
    return ascii;
  }

  private static String transliterate(String s) {
    String t = premap(Normalizer.normalize(s, Normalizer.Form.NFC));
    boolean cyrillic = false;
    for (int i = 0; i < t.length(); i++) {
      Character.UnicodeScript script = Character.UnicodeScript.of(t.charAt(i));
      if (script == Character.UnicodeScript.CYRILLIC) {
        cyrillic = true;
      } else if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
          && script != Character.UnicodeScript.INHERITED) {
        return ANY.transliterate(t);
      }
    }
    if (cyrillic) {
      return CYRILLIC.transliterate(t);
    }
    String decomposed = Normalizer.normalize(t, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean rest = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      String mapped = switch (c) {
        case 'ø', 'Ø' -> "o";
        case 'ß' -> "ss";
        case 'æ', 'Æ' -> "ae";
        case 'œ', 'Œ' -> "oe";
        case 'ł', 'Ł' -> "l";
        case 'đ', 'Đ', 'ð', 'Ð' -> "d";
        case 'ħ', 'Ħ' -> "h";
        case 'þ', 'Þ' -> "th";
        default -> null;
      };
      if (mapped != null) {
        out.append(Character.isUpperCase(c) ? mapped.toUpperCase(Locale.ROOT) : mapped);
      } else {
        out.append(c);
        rest |= c >= 128;
      }
    }
    return rest ? ANY.transliterate(out.toString()) : out.toString();
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

  /**
   * One ICU transliterator, built on first use (building one takes up to seconds: {@code
   * Any-Latin} loads every script) and used under a lock, since ICU does not document
   * transliterators as thread-safe.
   */
  private static final class Shared {
    private final String id;
    private Transliterator instance;

    Shared(String id) {
      this.id = id;
    }

    synchronized String transliterate(String s) {
      if (instance == null) {
        instance = Transliterator.getInstance(id);
      }
      return instance.transliterate(s);
    }
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
