package org.demarche.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a user's search query an FTS5 query where FTS5 syntax would refuse what the user
 * plainly meant: a word joined by a hyphen, apostrophe, period, slash or ampersand
 * ({@code Kassym-Jomart}, {@code O'Brien}, {@code U.S.}, {@code 1.5}, {@code AT&T}) is
 * searched as the phrase of its parts, as if it had been written in double quotes. FTS5 reads
 * such a bare word as a syntax error ({@code Kassym-Jomart}: "syntax error near -"). Everything
 * else (phrases in quotes, {@code OR}, {@code NOT}, {@code NEAR(...)}, {@code prefix*},
 * parentheses) is left as written. Stateless.
 */
final class FtsQuery {

  private static final String WORD = "[\\p{L}\\p{N}_\\u0080-\\uFFFF]+";

  /** Words joined by word-internal punctuation, a final period and a prefix star allowed. */
  private static final Pattern COMPOUND =
      Pattern.compile("(" + WORD + "(?:[-'’./&]" + WORD + ")+\\.?)(\\*?)");

  private FtsQuery() {}

  /** {@code query} with each compound word outside double quotes put in double quotes. */
  static String of(String query) {
    StringBuilder out = new StringBuilder(query.length() + 8);
    int i = 0;
    while (i < query.length()) {
      char c = query.charAt(i);
      if (c == '"') {
        // a phrase, copied as written up to its closing quote (FTS5 doubles a quote inside)
        int end = query.indexOf('"', i + 1);
        int stop = end < 0 ? query.length() : end + 1;
        out.append(query, i, stop);
        i = stop;
      } else if (Character.isWhitespace(c) || c == '(' || c == ')') {
        out.append(c);
        i++;
      } else {
        int end = i;
        while (end < query.length() && !Character.isWhitespace(query.charAt(end))
            && "()\"".indexOf(query.charAt(end)) < 0) {
          end++;
        }
        String token = query.substring(i, end);
        Matcher m = COMPOUND.matcher(token);
        out.append(m.matches() ? "\"" + m.group(1) + "\"" + m.group(2) : token);
        i = end;
      }
    }
    return out.toString();
  }
}
