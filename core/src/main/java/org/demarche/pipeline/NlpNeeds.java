package org.demarche.pipeline;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.demarche.event.EventLexicon;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Mention;
import org.demarche.model.Token;
import org.demarche.nlp.CandidateSentences;
import org.demarche.nlp.NlpConfig;
import org.demarche.nlp.SentenceSelection;
import org.demarche.resolve.ActorResolver;

/**
 * What the later stages need from the NLP stage, as an {@link NlpConfig}: every sentence is
 * tagged and lemmatized; NER runs only where a capitalized word is left that the resolver does
 * not already cover without NER (the resolver uses NER only for names the gazetteer does not
 * know); SUTime only where a word can start a time expression; the dependency parse only where
 * an event trigger of the lexicon stands (the event coder reads parses of those sentences only).
 */
public final class NlpNeeds {

  /** Parts of speech that never start a name: {@code The}, {@code He}, {@code In}, {@code But}. */
  private static final Set<String> CLOSED_CLASS = Set.of(
      "DT", "PDT", "PRP", "PRP$", "IN", "CC", "TO", "MD", "EX", "WDT", "WP", "WP$", "WRB", "UH");

  /** Tokens after which a word is capitalized by position: quotes, brackets, dashes, colons. */
  private static final Set<String> OPENERS = Set.of(
      "\"", "“", "‘", "'", "«", "„", "(", "[", "—", "–", "-", ":", "``", "`");

  private NlpNeeds() {}

  /** The configuration for {@code threads} threads. */
  public static NlpConfig config(ActorResolver resolver, EventLexicon lexicon, int threads) {
    return NlpConfig.defaults().withThreads(threads)
        .withNer(SentenceSelection.of("uncovered names", draft -> uncoveredNames(resolver, draft)))
        .withTimex(CandidateSentences.dateWords())
        .withParse(CandidateSentences.withLemma("event triggers", lexicon::triggers));
  }

  /**
   * Sentences with a word that may start a name and that no mention covers when the draft (no
   * NER) is resolved. NER names that overlap a mention are dropped by the resolver, so NER on the
   * other sentences would change nothing.
   */
  static BitSet uncoveredNames(ActorResolver resolver, AnnotatedArticle draft) {
    BitSet covered = new BitSet();
    for (Mention m : resolver.resolve(draft).mentions()) {
      covered.set(m.start(), m.end());
    }
    BitSet out = new BitSet();
    for (int i = 0; i < draft.sentences().size(); i++) {
      List<Token> tokens = draft.sentences().get(i).tokens();
      for (int j = 0; j < tokens.size(); j++) {
        Token t = tokens.get(j);
        int next = covered.nextSetBit(t.start());
        if (mayStartName(t, j == 0 || OPENERS.contains(tokens.get(j - 1).text()))
            && (next < 0 || next >= t.end())) {
          out.set(i);
          break;
        }
      }
    }
    return out;
  }

  /**
   * A capitalized word ({@code Tokayev}) or a code with capitals ({@code 5G}), not a function
   * word; where a sentence or quote starts, only a proper noun ({@code Officials said} is no name).
   */
  private static boolean mayStartName(Token t, boolean first) {
    String w = t.text();
    if (w.isEmpty() || t.pos() != null && CLOSED_CLASS.contains(t.pos())
        || first && t.pos() != null && !t.pos().startsWith("NNP")) {
      return false;
    }
    return Character.isUpperCase(w.codePointAt(0))
        || Character.isDigit(w.charAt(0)) && w.length() > 1 && Character.isUpperCase(w.charAt(w.length() - 1));
  }
}
