package org.demarche.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demarche.model.Span;

/**
 * Finds quoted words: straight, curly and guillemet marks; a quote nested in another stays inside
 * it; a quote left open at a paragraph's end that the next paragraph reopens is one quote over
 * both; first-person paragraphs without marks closed by a speech cue ({@code ..., said the
 * Kazakh leader.}) are unmarked quotes. Titles ({@code the "Ana Tili" newspaper}, {@code an
 * exercise called "Eagle Partner"}) and scare quotes ({@code the so-called "referendum"}, a
 * single word set off, {@code called it a "surrender"}) are not quotes. Stateless and thread-safe.
 */
final class QuoteFinder {

  /** Nouns after a short quoted phrase that make it a title, not speech. */
  private static final Set<String> TITLE_NOUNS = Set.of("newspaper", "magazine", "agency",
      "channel", "program", "programme", "project", "format", "operation", "doctrine", "party",
      "movement", "forum", "festival", "daily", "weekly", "website", "portal", "tv", "radio",
      "company", "group", "initiative", "platform", "show", "book", "film", "award", "order",
      "zone", "exercise", "exercises", "plan", "strategy", "concept", "bill", "law", "treaty",
      "complex", "center", "centre", "hotel", "resort", "station", "field", "pipeline", "summit");

  /** Words before a quoted phrase that introduce a name: {@code under the headline «...»}. */
  private static final Pattern NAMING = Pattern.compile(
      "(?i)(?:headline|headlined|titled|entitled|slogan|motto|hashtag)\\s*[:,]?\\s*$");
  private static final Pattern CALLED = Pattern.compile("(?i)(?:called|named|dubbed|codenamed)\\s*$");
  private static final Pattern SO_CALLED = Pattern.compile("(?i)so[- ]called\\s*$");

  /** A paragraph of first-person speech closed by its cue: {@code ..., said Tokayev.} */
  private static final String CLOSING_CUES =
      "said|says|stated|noted|added|stressed|emphasized|emphasised|underlined|continued|concluded"
          + "|explained|remarked|pointed out|told reporters|wrote";
  private static final Pattern UNMARKED_CLOSE = Pattern.compile(
      ",\\s+(?:(?:" + CLOSING_CUES + ")\\s+[^,.\"“”«»]{2,60}|[^,.\"“”«»]{2,60}\\s+(?:"
          + CLOSING_CUES + "))\\.\\s*$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
  private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y)\\b");

  /** An opening mark whose quote was not closed by the end of its paragraph. */
  private record Open(char closer, int at, int paragraphEnd) {}

  /** The quotes of {@code text}, in text order. */
  List<QuoteSpan> find(String text) {
    List<QuoteSpan> out = new ArrayList<>();
    Open carried = null;
    int p = 0;
    while (p <= text.length()) {
      int end = text.indexOf('\n', p);
      if (end < 0) {
        end = text.length();
      }
      carried = paragraph(text, p, end, carried, out);
      p = end + 1;
    }
    if (carried != null) {
      emit(text, carried.at, carried.paragraphEnd, false, out);
    }
    return out;
  }

  /** Quotes of the paragraph {@code [from, to)}; returns the quote it leaves open, or null. */
  private Open paragraph(String text, int from, int to, Open carried, List<QuoteSpan> out) {
    int first = from;
    while (first < to && Character.isWhitespace(text.charAt(first))) {
      first++;
    }
    if (first == to) {
      return carried; // a blank line between the paragraphs of one quote
    }
    int before = out.size();
    char closer = 0;
    int openAt = -1;
    int depth = 0;
    int i = from;
    if (carried != null) {
      if (closerOf(text, first, from) != 0) {
        closer = carried.closer; // the paragraph reopens the quote: it goes on
        openAt = carried.at;
        depth = 1;
        i = first + 1;
      } else {
        emit(text, carried.at, carried.paragraphEnd, false, out);
      }
    }
    for (; i < to; i++) {
      char c = text.charAt(i);
      if (closer == 0) {
        char expect = closerOf(text, i, from);
        if (expect != 0) {
          closer = expect;
          openAt = i;
          depth = 1;
        }
      } else if (c == '«' && closer == '»') {
        depth++; // «outer «inner» outer»
      } else if (isStrayOpener(text, i, from, to, c, closer)) {
        openAt = i; // `admit to "the "possible involvement..."`: the first mark opened nothing
      } else if (c == closer || closer == '”' && c == '“' && isClosing(text, i, to)) {
        if (--depth == 0) {
          emit(text, openAt, i, true, out);
          closer = 0;
        }
      }
    }
    if (closer != 0) {
      return new Open(closer, openAt, to);
    }
    if (out.size() == before) {
      unmarked(text, from, to, out);
    }
    return null;
  }

  /** The closing mark that the opening mark at {@code i} expects, or 0 if none opens there. */
  private static char closerOf(String text, int i, int paragraphStart) {
    switch (text.charAt(i)) {
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

  /** A second opening mark after a space and before a word, inside a straight or curly quote. */
  private static boolean isStrayOpener(String text, int i, int from, int to, char c, char closer) {
    boolean sameKind = c == '"' && closer == '"' || c == '“' && closer == '”';
    return sameKind && i > from && Character.isWhitespace(text.charAt(i - 1)) && i + 1 < to
        && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  /** A mark followed by space or punctuation closes: `words“ said` in texts that use “ twice. */
  private static boolean isClosing(String text, int i, int to) {
    return i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1));
  }

  /** Adds the quote opened at {@code openAt} and closed at {@code closeAt} (a mark, or a paragraph end). */
  private static void emit(String text, int openAt, int closeAt, boolean closedByMark, List<QuoteSpan> out) {
    int s = openAt + 1;
    int e = closeAt;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e <= s || isName(text, openAt, s, e, closedByMark ? closeAt + 1 : closeAt)) {
      return;
    }
    int marksEnd = closedByMark ? closeAt + 1 : e;
    out.add(new QuoteSpan(new Span(s, e), new Span(openAt, marksEnd), false));
  }

  /** A title or a scare quote: {@code the "Ana Tili" newspaper}, {@code so-called "elections"}. */
  private static boolean isName(String text, int openAt, int s, int e, int after) {
    if (e - s > 60) {
      return false;
    }
    String[] words = SPACES.split(text.substring(s, e));
    if (words.length > 4) {
      return false;
    }
    if (words.length == 1 && ".!?,".indexOf(text.charAt(e - 1)) < 0) {
      return true; // one word set off: a term or a scare quote ("martyred", "surrender"), not an utterance
    }
    String lead = text.substring(Math.max(0, openAt - 30), openAt);
    if (NAMING.matcher(lead).find() || SO_CALLED.matcher(lead).find()) {
      return true;
    }
    String follow = text.substring(Math.min(after, text.length()), Math.min(after + 30, text.length()))
        .trim().toLowerCase(Locale.ROOT);
    if (TITLE_NOUNS.contains(NON_LETTERS.split(follow, 2)[0])) {
      return true;
    }
    boolean capitalized = true;
    for (String w : words) {
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !w.equals("of") && !w.equals("and")
          && !w.equals("the")) {
        capitalized = false;
      }
    }
    String prefix = lead.stripTrailing().toLowerCase(Locale.ROOT);
    return capitalized && (prefix.endsWith(" the") || prefix.equals("the") || CALLED.matcher(lead).find());
  }

  private static void unmarked(String text, int from, int to, List<QuoteSpan> out) {
    String para = text.substring(from, to);
    Matcher m = UNMARKED_CLOSE.matcher(para);
    if (!m.find()) {
      return;
    }
    String words = para.substring(0, m.start());
    if (!FIRST_PERSON.matcher(words).find() || SPACES.split(words.trim()).length < 8) {
      return;
    }
    int s = from;
    while (s < from + m.start() && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    Span span = new Span(s, from + m.start());
    out.add(new QuoteSpan(span, span, true));
  }
}
