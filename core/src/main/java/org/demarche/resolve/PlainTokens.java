package org.demarche.resolve;

import java.util.ArrayList;
import java.util.List;
import org.demarche.model.Sentence;
import org.demarche.model.Span;
import org.demarche.model.Token;

/**
 * A sentence of plain text cut into tokens without an NLP library: words (letters, digits,
 * inner hyphens, dots and apostrophes: {@code Kassym-Jomart}, {@code U.S.}, {@code Xi'an}), a
 * possessive {@code 's} as a token of its own, and every other non-space character alone. No
 * parts of speech, lemmas or parse. For {@code actors explain} and tests. Stateless.
 */
final class PlainTokens {

  private PlainTokens() {}

  /** {@code text} as sentence {@code index}, its offsets counted from {@code offset}. */
  static Sentence sentence(String text, int index, int offset) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      if (Character.isLetterOrDigit(c)) {
        while (i < text.length() && isWordChar(text, i)) {
          i++;
        }
        int end = i;
        while (end > start + 1 && isInner(text.charAt(end - 1)) && !isAbbreviation(text, start, end)) {
          end--; // a word does not end with a dot or a hyphen: "Astana." is Astana + "."
        }
        if (end - start > 2 && (text.startsWith("'s", end - 2) || text.startsWith("’s", end - 2))) {
          tokens.add(token(tokens.size(), text, start, end - 2, offset));
          tokens.add(token(tokens.size(), text, end - 2, end, offset));
        } else {
          tokens.add(token(tokens.size(), text, start, end, offset));
        }
        i = end;
      } else {
        tokens.add(token(tokens.size(), text, start, start + 1, offset));
        i++;
      }
    }
    return new Sentence(index, new Span(offset, offset + text.length()), tokens, List.of());
  }

  private static boolean isWordChar(String text, int i) {
    char c = text.charAt(i);
    if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
      return true;
    }
    // a hyphen, dot or apostrophe joins two word characters: Nur-Sultan, U.S, Xi'an
    return isInner(c) && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))
        || (c == '.' && i > 0 && Character.isUpperCase(text.charAt(i - 1)));
  }

  /** {@code U.S.}, {@code U.K.}: single capitals each followed by a dot. */
  private static boolean isAbbreviation(String text, int start, int end) {
    return text.charAt(end - 1) == '.' && end - start >= 4 && text.charAt(end - 3) == '.'
        && Character.isUpperCase(text.charAt(end - 2));
  }

  private static boolean isInner(char c) {
    return c == '-' || c == '.' || c == '\'' || c == '’';
  }

  private static Token token(int index, String text, int start, int end, int offset) {
    return new Token(index, text.substring(start, end), new Span(offset + start, offset + end),
        null, null, null);
  }
}
