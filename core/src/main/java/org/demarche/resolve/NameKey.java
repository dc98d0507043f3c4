package org.demarche.resolve;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds names to lookup keys so that spellings of one name meet.
 *
 * <p>{@link #fold} transliterates to ASCII (ICU {@code Any-Latin; Latin-ASCII}: {@code Токаев} →
 * {@code tokaev}, {@code Erdoğan} → {@code erdogan}), lowercases and turns punctuation into
 * single spaces. {@link #key} then folds the romanization variants that news agencies disagree
 * on: q/k ({@code Toqaev}/{@code Tokayev}), zh/dzh/j ({@code Zhaparov}/{@code Japarov}), kh/h,
 * w/v, y/i, a glide between vowels ({@code Tokayev}/{@code Tokaev}) and doubled letters
 * ({@code Berdymukhammedov}). Thread-safe.
 */
public final class NameKey {

  private static final ThreadLocal<Transliterator> TO_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  private NameKey() {}

  /** Lowercase ASCII with words separated by single spaces; empty for text without letters. */
  public static String fold(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFC);
    if (!isAscii(t)) {
      t = TO_ASCII.get().transliterate(t);
    }
    StringBuilder out = new StringBuilder(t.length());
    boolean space = true;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\'' || c == '`') {
        continue; // Xi'an, O'Brien: apostrophes inside names are dropped, not split on
      }
      if (Character.isLetterOrDigit(c) && c < 128) {
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
    StringBuilder out = new StringBuilder(f.length());
    for (String word : f.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(foldWord(word));
    }
    return out.toString();
  }

  static String foldWord(String w) {
    String x = w.replace("dzh", "j").replace("zh", "j").replace("kh", "h").replace("q", "k")
        .replace("ck", "k").replace("w", "v").replace("y", "i").replace("ph", "f");
    // collapse doubled letters: Berdymukhammedov / Berdimuhamedov, Kassym / Qasym
    StringBuilder out = new StringBuilder(x.length());
    for (int i = 0; i < x.length(); i++) {
      char c = x.charAt(i);
      if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
        continue;
      }
      out.append(c);
    }
    // an i gliding between vowels is a transliteration choice: Tokaiev / Tokaev, Mirzioiev / Mirzioev
    for (int i = out.length() - 2; i >= 1; i--) {
      if (out.charAt(i) == 'i' && isVowel(out.charAt(i - 1)) && isVowel(out.charAt(i + 1))) {
        out.deleteCharAt(i);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'o' || c == 'u' || c == 'i';
  }

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** A lowercase ASCII slug for entity ids: {@code Kassym-Jomart Tokayev} → {@code kassym-jomart-tokayev}. */
  public static String slug(String s) {
    return fold(s).replace(' ', '-');
  }
}
