package org.demarche.pipeline;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.demarche.event.EventLexicon;
import org.demarche.event.EventPattern;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Mention;
import org.demarche.model.ResolvedArticle;
import org.demarche.model.Sentence;
import org.demarche.model.Token;
import org.demarche.nlp.CandidateSentences;
import org.demarche.nlp.NlpConfig;
import org.demarche.nlp.SentenceSelection;
import org.demarche.quote.Cues;
import org.demarche.resolve.ActorResolver;

/**
 * What the later stages need from the NLP stage, as an {@link NlpConfig}: every sentence is
 * tagged and lemmatized; NER runs only where a capitalized word is left that the resolver does
 * not already cover without NER (the resolver uses NER only for names the gazetteer does not
 * know); SUTime only where a word can start a time expression; the dependency parse only where
 * an event can be coded: a trigger of the lexicon with the part of speech the coder looks for, and
 * a possible source, that is a mention, a name NER may find, or a quote (marked, or first-person
 * speech) whose speaker may be the source. Thread-safe; the draft is resolved once per article for both choices.
 */
public final class NlpNeeds {

  /** Parts of speech that never start a name: {@code The}, {@code He}, {@code In}, {@code But}. */
  private static final Set<String> CLOSED_CLASS = Set.of(
      "DT", "PDT", "PRP", "PRP$", "IN", "CC", "TO", "MD", "EX", "WDT", "WP", "WP$", "WRB", "UH");

  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "us", "our", "my", "me");

  /** Tokens after which a word is capitalized by position: quotes, brackets, dashes, colons. */
  private static final Set<String> OPENERS = Set.of(
      "\"", "“", "‘", "'", "«", "„", "(", "[", "—", "–", "-", ":", "``", "`");

  private NlpNeeds() {}

  /** The configuration for {@code threads} threads. */
  public static NlpConfig config(ActorResolver resolver, EventLexicon lexicon, int threads) {
    DraftActors actors = new DraftActors(resolver);
    return NlpConfig.defaults().withThreads(threads)
        .withNer(SentenceSelection.of("uncovered names", d -> uncoveredNames(actors.of(d), d)))
        .withTimex(CandidateSentences.dateWords())
        .withParse(SentenceSelection.of("candidate events and quote cues", d -> {
          BitSet quoted = QuoteMarks.sentencesInQuotes(d);
          BitSet out = candidateEvents(lexicon, actors.of(d), d, quoted);
          out.or(quoteCues(d, quoted));
          return out;
        }));
  }

  /**
   * Sentences with a trigger (a verb of a verb pattern, a noun of a noun pattern) and a possible
   * source: a mention when resolved without NER, a word NER may make a name, or a quote.
   */
  static BitSet candidateEvents(EventLexicon lexicon, ResolvedArticle known, AnnotatedArticle draft) {
    return candidateEvents(lexicon, known, draft, QuoteMarks.sentencesInQuotes(draft));
  }

  /** {@link #candidateEvents(EventLexicon, ResolvedArticle, AnnotatedArticle)} given the quoted sentences. */
  private static BitSet candidateEvents(EventLexicon lexicon, ResolvedArticle known, AnnotatedArticle draft,
      BitSet quoted) {
    BitSet out = new BitSet();
    BitSet names = uncoveredNames(known, draft);
    List<Sentence> sentences = draft.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (hasTrigger(lexicon, s) && (names.get(i) || quoted.get(i) || firstPerson(s)
          || !known.mentionsIn(s.span()).isEmpty())) {
        out.set(i);
      }
    }
    return out;
  }

  /**
   * Sentences with a reporting verb next to a quotation (in the sentence, the one before or the
   * one after): the quote attributor reads the cue's subject from the parse ({@code The minister
   * voiced hope that "..."}).
   */
  static BitSet quoteCues(AnnotatedArticle draft, BitSet quoted) {
    BitSet out = new BitSet();
    List<Sentence> sentences = draft.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      if ((quoted.get(i) || i > 0 && quoted.get(i - 1) || quoted.get(i + 1)) && hasCue(sentences.get(i))) {
        out.set(i);
      }
    }
    return out;
  }

  private static boolean hasCue(Sentence s) {
    for (Token t : s.tokens()) {
      if (Cues.isCue(t, true)) {
        return true;
      }
    }
    return false;
  }

  /** First-person speech without quotation marks may still be a quote: {@code We agreed, said Fidan.} */
  private static boolean firstPerson(Sentence s) {
    for (Token t : s.tokens()) {
      if (FIRST_PERSON.contains(t.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasTrigger(EventLexicon lexicon, Sentence s) {
    for (Token t : s.tokens()) {
      String lemma = (t.lemma() == null ? t.text() : t.lemma()).toLowerCase(Locale.ROOT);
      EventPattern.Pos pos = t.isPos("VB") ? EventPattern.Pos.VERB
          : t.isPos("NN") ? EventPattern.Pos.NOUN
          : t.isPos("MD") ? EventPattern.Pos.MODAL : null;
      if (pos != null && !lexicon.headed(pos, lemma).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** {@link #uncoveredNames(ResolvedArticle, AnnotatedArticle)} of the draft resolved by {@code resolver}. */
  static BitSet uncoveredNames(ActorResolver resolver, AnnotatedArticle draft) {
    return uncoveredNames(resolver.resolve(draft), draft);
  }

  /**
   * Sentences with a word that may start a name and that no mention covers when the draft (no
   * NER) is resolved. NER names that overlap a mention are dropped by the resolver, so NER on the
   * other sentences would change nothing.
   */
  static BitSet uncoveredNames(ResolvedArticle known, AnnotatedArticle draft) {
    BitSet covered = new BitSet();
    for (Mention m : known.mentions()) {
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

  /** The draft resolved without NER, once per article: the last one per thread is kept. */
  private static final class DraftActors {
    private final ActorResolver resolver;
    private final ThreadLocal<ResolvedArticle> last = new ThreadLocal<>();

    DraftActors(ActorResolver resolver) {
      this.resolver = resolver;
    }

    ResolvedArticle of(AnnotatedArticle draft) {
      ResolvedArticle r = last.get();
      if (r == null || r.annotated() != draft) {
        r = resolver.resolve(draft);
        last.set(r);
      }
      return r;
    }
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
