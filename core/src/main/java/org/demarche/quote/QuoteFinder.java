package org.demarche.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demarche.model.Span;

/**
 * Finds quoted words: straight, curly and guillemet marks, quotes running over paragraphs, and
 * unmarked first-person paragraphs closed by a speech cue ({@code ..., said the Kazakh leader.}).
 * Titles in quotes ({@code the "Ana Tili" newspaper}) are not quotes. Stateless and thread-safe.
 */
final class QuoteFinder {

  /** Nouns after a short quoted phrase that make it a title, not speech. */
  private static final Set<String> TITLE_NOUNS = Set.of("newspaper", "magazine", "agency",
      "channel", "program", "programme", "project", "format", "operation", "doctrine", "party",
      "movement", "forum", "festival", "daily", "weekly", "website", "portal", "tv", "radio",
      "company", "group", "initiative", "platform", "show", "book", "film", "award", "order");

  /** A paragraph of first-person speech closed by its cue: {@code ..., said Tokayev.} */
  private static final Pattern UNMARKED_CLOSE = Pattern.compile(
      ",\\s+(?:(?:said|stated|noted|added|stressed|emphasized|emphasised|underlined|continued|concluded)"
          + "\\s+[^,.\"“”«»]{2,60}|[^,.\"“”«»]{2,60}\\s+(?:said|stated|noted|added|stressed|emphasized|"
          + "emphasised|underlined|continued|concluded))\\.\\s*$");

  private static final Pattern FIRST_PERSON =
      Pattern.compile("\\b(?:I|we|We|our|Our|us|my|My)\\b");

  List<QuoteSpan> find(String text) {
    List<QuoteSpan> out = new ArrayList<>();
    int p = 0;
    boolean carried = false;
    while (p <= text.length()) {
      int end = text.indexOf('\n', p);
      if (end < 0) {
        end = text.length();
      }
      carried = paragraph(text, p, end, carried, out);
      p = end + 1;
    }
    return out;
  }

  /** Quotes of one paragraph {@code [from, to)}; returns whether a quote is left open. */
  private boolean paragraph(String text, int from, int to, boolean carried, List<QuoteSpan> out) {
    int before = out.size();
    char closer = 0;
    int openAt = -1;
    boolean continued = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (closer == 0) {
        char expect = closerOf(c, text, i, from);
        if (expect != 0) {
          closer = expect;
          openAt = i;
          continued = carried && text.substring(from, i).isBlank();
        }
      } else if (c == closer || closer == '”' && c == '“' && isClosing(text, i, to)) {
        emit(text, openAt, i, continued, out);
        closer = 0;
      }
    }
    if (closer != 0) {
      emit(text, openAt, to, continued, out);
      return true;
    }
    if (out.size() == before && !text.substring(from, to).isBlank()) {
      unmarked(text, from, to, out);
    }
    return false;
  }

  private static char closerOf(char c, String text, int i, int paragraphStart) {
    switch (c) {
      case '“':
        return '”';
      case '«':
        return '»';
      case '„':
        return '“';
      case '"':
        // a straight mark opens when it does not follow a letter: `said "we` but not `we" said`
        return i == paragraphStart || !Character.isLetterOrDigit(text.charAt(i - 1)) ? '"' : 0;
      default:
        return 0;
    }
  }

  /** A mark followed by space or punctuation closes: `words“ said` in texts that use “ twice. */
  private static boolean isClosing(String text, int i, int to) {
    return i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static void emit(String text, int openAt, int closeAt, boolean continued, List<QuoteSpan> out) {
    int s = openAt + 1;
    int e = closeAt;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e <= s || isTitle(text, openAt, s, e, closeAt)) {
      return;
    }
    int markEnd = closeAt < text.length() ? closeAt + 1 : closeAt;
    out.add(new QuoteSpan(new Span(s, e), new Span(openAt, markEnd), continued, false));
  }

  /** {@code the "Ana Tili" newspaper}: a short capitalized phrase named, not spoken. */
  private static boolean isTitle(String text, int openAt, int s, int e, int closeAt) {
    String words = text.substring(s, e);
    String[] parts = words.split("\\s+");
    if (parts.length > 4) {
      return false;
    }
    boolean capitalized = true;
    for (String w : parts) {
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !w.equals("of") && !w.equals("and")) {
        capitalized = false;
      }
    }
    String after = text.substring(Math.min(closeAt + 1, text.length()), Math.min(closeAt + 30, text.length()))
        .trim().toLowerCase(Locale.ROOT);
    String nextWord = after.split("[^\\p{L}]+", 2)[0];
    if (TITLE_NOUNS.contains(nextWord)) {
      return true;
    }
    String prefix = text.substring(Math.max(0, openAt - 5), openAt).toLowerCase(Locale.ROOT);
    return capitalized && (prefix.endsWith("the ") || prefix.endsWith("the"));
  }

  private static void unmarked(String text, int from, int to, List<QuoteSpan> out) {
    String para = text.substring(from, to);
    Matcher m = UNMARKED_CLOSE.matcher(para);
    if (!m.find()) {
      return;
    }
    String words = para.substring(0, m.start());
    if (!FIRST_PERSON.matcher(words).find() || words.split("\\s+").length < 8) {
      return;
    }
    int s = from;
    while (s < from + m.start() && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    Span span = new Span(s, from + m.start());
    out.add(new QuoteSpan(span, span, false, true));
  }
}
