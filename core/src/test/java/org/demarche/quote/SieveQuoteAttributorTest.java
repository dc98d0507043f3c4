package org.demarche.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Article;
import org.demarche.model.Dependency;
import org.demarche.model.Entity;
import org.demarche.model.EntityType;
import org.demarche.model.Mention;
import org.demarche.model.Quote;
import org.demarche.model.ResolvedArticle;
import org.demarche.model.Sentence;
import org.demarche.model.Span;
import org.demarche.model.Timex;
import org.demarche.model.Token;
import org.junit.jupiter.api.Test;

/** The attributor on articles built by hand, as the NLP stage delivers them, without CoreNLP. */
class SieveQuoteAttributorTest {

  private static final String TEXT = "Earlier on Thursday Kyrgyzstan denied any wrongdoing, but did"
      + " admit to \"possible violations by several private trading firms\" and said it was"
      + " investigating.";
  /** Words, tags, lemmas and NER labels as CoreNLP gives them; the NER is the 3-class model's. */
  private static final String[][] WORDS = {
      {"Earlier", "RBR", "early", "O"}, {"on", "IN", "on", "O"}, {"Thursday", "NNP", "Thursday", "O"},
      {"Kyrgyzstan", "NNP", "Kyrgyzstan", "LOCATION"}, {"denied", "VBD", "deny", "O"},
      {"any", "DT", "any", "O"}, {"wrongdoing", "NN", "wrongdoing", "O"}, {",", ",", ",", "O"},
      {"but", "CC", "but", "O"}, {"did", "VBD", "do", "O"}, {"admit", "VB", "admit", "O"},
      {"to", "TO", "to", "O"}, {"\"", "``", "\"", "O"}, {"possible", "JJ", "possible", "O"},
      {"violations", "NNS", "violation", "O"}, {"by", "IN", "by", "O"},
      {"several", "JJ", "several", "O"}, {"private", "JJ", "private", "O"},
      {"trading", "NN", "trading", "O"}, {"firms", "NNS", "firm", "O"}, {"\"", "''", "\"", "O"},
      {"and", "CC", "and", "O"}, {"said", "VBD", "say", "O"}, {"it", "PRP", "it", "O"},
      {"was", "VBD", "be", "O"}, {"investigating", "VBG", "investigate", "O"}, {".", ".", ".", "O"}};
  /**
   * CoreNLP's parse, which hangs {@code on Thursday Kyrgyzstan} on {@code Earlier} and gives
   * {@code denied} no subject: the attributor has to find it from the words.
   */
  private static final int[][] EDGES = {{4, 0}, {3, 1}, {3, 2}, {0, 3}, {-1, 4}, {6, 5}, {4, 6},
      {4, 7}, {10, 8}, {10, 9}, {4, 10}, {14, 11}, {14, 12}, {14, 13}, {10, 14}, {19, 15}, {19, 16},
      {19, 17}, {19, 18}, {14, 19}, {14, 20}, {22, 21}, {10, 22}, {25, 23}, {25, 24}, {22, 25},
      {4, 26}};
  private static final String[] RELATIONS = {"advmod", "case", "compound", "obl:on", "root", "det",
      "obj", "punct", "cc", "aux", "conj:but", "case", "punct", "amod", "obl:to", "case", "amod",
      "amod", "compound", "nmod:by", "punct", "cc", "conj:and", "nsubj", "aux", "ccomp", "punct"};
  private static final Entity KYRGYZSTAN = new Entity("country:kgz", "Kyrgyzstan", EntityType.COUNTRY,
      "KGZ", null, List.of("Kyrgyzstan"));

  /**
   * Bug: in {@code Earlier on Thursday Kyrgyzstan denied any wrongdoing, but did admit to "..."}
   * the quote went to Kyrgyzstan by {@code paragraph-subject} with no cue, not by its cue
   * {@code admit}. The subject of the first verb was read as {@code Thursday Kyrgyzstan}, the
   * object of {@code on}, because the phrase stopped at a date only by the token's NER label; the
   * NLP stage's 3-class NER labels no dates, which only its time expressions mark.
   */
  @Test
  void dateBeforeTheSubjectOfCoordinatedCueIsLeftOut() {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String[] w : WORDS) {
      int start = TEXT.indexOf(w[0], at);
      at = start + w[0].length();
      tokens.add(new Token(tokens.size(), w[0], new Span(start, at), w[1], w[2], w[3]));
    }
    List<Dependency> edges = new ArrayList<>();
    for (int i = 0; i < EDGES.length; i++) {
      edges.add(new Dependency(EDGES[i][0], EDGES[i][1], RELATIONS[i]));
    }
    Span thursday = span("Thursday");
    AnnotatedArticle annotated = new AnnotatedArticle(Article.of("kgz", TEXT), null,
        List.of(new Sentence(0, new Span(0, TEXT.length()), tokens, edges)), List.of(),
        List.of(new Timex("Thursday", thursday, "2024-06-13", "DATE")));
    Span kyrgyzstan = span("Kyrgyzstan");
    ResolvedArticle article = new ResolvedArticle(annotated, List.of(KYRGYZSTAN),
        List.of(new Mention(kyrgyzstan, "Kyrgyzstan", "country:kgz", "alias")));

    List<Quote> quotes = new SieveQuoteAttributor().attribute(article);

    Span quoted = span("possible violations by several private trading firms");
    assertEquals(List.of(new Quote(quoted, quoted.slice(TEXT), "country:kgz", "Kyrgyzstan",
        kyrgyzstan, "admit", "leading-cue")), quotes);
  }

  private static Span span(String words) {
    int start = TEXT.indexOf(words);
    return new Span(start, start + words.length());
  }
}
