package org.demarche.pipeline;

import java.util.BitSet;
import java.util.List;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Sentence;

/**
 * Which sentences lie inside or hold a quotation, by the quotation marks alone: curly and
 * guillemet marks open and close, a straight double quote toggles. An unclosed quote runs on to
 * the end, so that a sentence is never wrongly left out. Pure.
 */
final class QuoteMarks {

  private QuoteMarks() {}

  /** The indices of the sentences that hold a quotation mark or start inside a quotation. */
  static BitSet sentencesInQuotes(AnnotatedArticle article) {
    String text = article.text();
    BitSet out = new BitSet();
    boolean open = false;
    int at = 0;
    List<Sentence> sentences = article.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      for (; at < s.start() && at < text.length(); at++) {
        open = next(open, text.charAt(at));
      }
      boolean quoted = open;
      for (; at < s.end() && at < text.length(); at++) {
        char c = text.charAt(at);
        quoted |= isMark(c);
        open = next(open, c);
      }
      if (quoted) {
        out.set(i);
      }
    }
    return out;
  }

  private static boolean isMark(char c) {
    return c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„';
  }

  private static boolean next(boolean open, char c) {
    return switch (c) {
      case '“', '«', '„' -> true;
      case '”', '»' -> false;
      case '"' -> !open;
      default -> open;
    };
  }
}
