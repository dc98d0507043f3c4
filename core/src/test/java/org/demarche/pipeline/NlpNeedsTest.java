package org.demarche.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.demarche.event.EventLexicon;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Article;
import org.demarche.model.Mention;
import org.demarche.model.ResolvedArticle;
import org.demarche.model.Sentence;
import org.demarche.model.Span;
import org.demarche.model.Token;
import org.demarche.resolve.ActorResolver;
import org.junit.jupiter.api.Test;

class NlpNeedsTest {

  /** One sentence per line, tokens split at spaces, each token "word/TAG" or "word/TAG/lemma". */
  private static AnnotatedArticle draft(String... lines) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (String line : lines) {
      List<Token> tokens = new ArrayList<>();
      for (String wordTag : line.split(" ")) {
        String[] wt = wordTag.split("/");
        int start = text.length();
        text.append(wt[0]).append(' ');
        tokens.add(new Token(tokens.size(), wt[0], new Span(start, start + wt[0].length()), wt[1],
            wt.length > 2 ? wt[2] : wt[0].toLowerCase(), null));
      }
      text.setCharAt(text.length() - 1, '\n');
      sentences.add(new Sentence(sentences.size(), new Span(tokens.get(0).start(),
          tokens.get(tokens.size() - 1).end()), tokens, List.of()));
    }
    return new AnnotatedArticle(Article.of("t", text.toString()), null, sentences, List.of(), List.of());
  }

  /** A resolver that knows one name wherever it stands. */
  private static ActorResolver knowing(String name) {
    return a -> {
      List<Mention> mentions = new ArrayList<>();
      for (int at = a.text().indexOf(name); at >= 0; at = a.text().indexOf(name, at + 1)) {
        mentions.add(new Mention(new Span(at, at + name.length()), name, "person:x", "alias"));
      }
      return new ResolvedArticle(a, List.of(), mentions);
    };
  }

  private static BitSet bits(int... on) {
    BitSet b = new BitSet();
    for (int i : on) {
      b.set(i);
    }
    return b;
  }

  @Test
  void sentencesWithAnUncoveredCapitalizedWordNeedNer() {
    AnnotatedArticle draft = draft(
        "Tokayev/NNP met/VBD Smith/NNP ./.",
        "Tokayev/NNP met/VBD the/DT minister/NN ./.",
        "The/DT minister/NN met/VBD him/PRP ./.",
        "Then/RB 5G/NN came/VBD ./.",
        "He/PRP spoke/VBD in/IN Vienna/NNP ./.",
        "Officials/NNS said/VBD :/: “/`` Talks/NNS ended/VBD ./.",
        "Smith/NNP said/VBD ./.");
    assertEquals(bits(0, 3, 4, 6), NlpNeeds.uncoveredNames(knowing("Tokayev"), draft));
  }

  @Test
  void aNameCoveredInPartIsCovered() {
    AnnotatedArticle draft = draft("Kassym-Jomart/NNP Tokayev/NNP spoke/VBD ./.");
    assertEquals(bits(), NlpNeeds.uncoveredNames(knowing("Kassym-Jomart Tokayev"), draft));
    assertEquals(bits(0), NlpNeeds.uncoveredNames(knowing("Tokayev"), draft));
  }

  @Test
  void eventCandidatesNeedATriggerAndAPossibleSource() {
    AnnotatedArticle draft = draft(
        "Tokayev/NNP met/VBD/meet officials/NNS ./.",
        "Officials/NNS met/VBD/meet later/RB ./.",
        "We/PRP will/MD meet/VB again/RB ./.",
        "Tokayev/NNP spoke/VBD ./.",
        "The/DT meeting/NN with/IN Smith/NNP ended/VBD ./.",
        "Tokayev/NNP attended/VBD the/DT meet/NN ./.");
    EventLexicon lexicon = EventLexicon.loadDefault();
    ResolvedArticle known = knowing("Tokayev").resolve(draft);
    assertEquals(bits(0, 2, 4), NlpNeeds.candidateEvents(lexicon, known, draft));
  }

  @Test
  void sentencesInsideQuotationsAreFound() {
    AnnotatedArticle draft = draft(
        "He/PRP said/VBD :/: \"/`` The/DT talks/NNS went/VBD well/RB ./.",
        "They/PRP agreed/VBD ./.",
        "“/`` We/PRP signed/VBD ./. ”/'' Then/RB they/PRP left/VBD ./.",
        "Nothing/NN more/JJR ./.");
    assertEquals(bits(0, 1, 2), QuoteMarks.sentencesInQuotes(draft));
  }

  /** The quote attributor reads a cue's subject from the parse: such sentences are parsed too. */
  @Test
  void reportingVerbsNextToAQuotationNeedAParse() {
    AnnotatedArticle draft = draft(
        "Officials/NNS denied/VBD/deny it/PRP ./.",
        "“/`` We/PRP will/MD stay/VB ./. ”/''",
        "Trade/NN grew/VBD/grow ./.",
        "Markets/NNS said/VBD/say nothing/NN ./.",
        "Nothing/NN more/JJR ./.",
        "“/`` It/PRP is/VBZ/be over/RB ,/, ”/'' he/PRP added/VBD/add ./.");
    assertEquals(bits(0, 5), NlpNeeds.quoteCues(draft, QuoteMarks.sentencesInQuotes(draft)));
  }
}
