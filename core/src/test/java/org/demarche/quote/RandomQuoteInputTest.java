package org.demarche.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
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
import org.demarche.model.Token;
import org.junit.jupiter.api.Test;

/**
 * Any text into the quote finder and the attributor: no exception, spans inside the text and in
 * order, every speaker one of the article's entities. The articles are built without CoreNLP:
 * tokens split at spaces, random tags, lemmas and dependency edges, random mentions.
 */
class RandomQuoteInputTest {

  private static final String PIECES = "\"“”«»„‘’' ,.:;\n\nsaid he she it told according to "
      + "Tokayev the minister who Ministry of State , adding \"We were ready,\" she said.\n"
      + "(x) — ";
  private static final String[] TAGS = {"NN", "NNP", "NNS", "VBD", "VBG", "PRP", "WP", "WDT",
      "DT", "JJ", "IN", "CC", ",", "RB", "POS", null};
  private static final String[] RELATIONS = {"nsubj", "obj", "conj:and", "advcl", "acl:relcl",
      "appos", "ccomp", "dep", "parataxis", "nsubj:pass", "acl"};
  private static final List<Entity> ENTITIES = List.of(
      new Entity("person:a", "A", EntityType.PERSON, "KAZ", "President of Kazakhstan", List.of("A")),
      new Entity("org:b-mfa", "Ministry of Foreign Affairs of B", EntityType.ORGANIZATION, "BBB",
          null, List.of("Ministry of Foreign Affairs of B")),
      new Entity("country:bbb", "B", EntityType.COUNTRY, "BBB", null, List.of("B")),
      new Entity("location:c", "C", EntityType.LOCATION, null, null, List.of("C")));
  private static final Set<String> IDS = Set.of("person:a", "org:b-mfa", "country:bbb", "location:c");

  private static String randomText(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(300);
    for (int i = 0; i < n; i++) {
      if (random.nextInt(8) == 0) {
        int at = random.nextInt(PIECES.length() - 8);
        sb.append(PIECES, at, at + 1 + random.nextInt(8));
      } else {
        sb.append(PIECES.charAt(random.nextInt(PIECES.length())));
      }
    }
    return sb.toString();
  }

  private static ResolvedArticle randomArticle(Random random, String text) {
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    int sentenceStart = -1;
    int i = 0;
    while (i <= text.length()) {
      boolean end = i == text.length() || text.charAt(i) == '.' || text.charAt(i) == '\n';
      if (i < text.length() && !Character.isWhitespace(text.charAt(i)) && !end) {
        int j = i;
        while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '.') {
          j++;
        }
        if (sentenceStart < 0) {
          sentenceStart = i;
        }
        String w = text.substring(i, j);
        tokens.add(new Token(tokens.size(), w, new Span(i, j), TAGS[random.nextInt(TAGS.length)],
            random.nextBoolean() ? w.toLowerCase() : null, "O"));
        i = j;
        continue;
      }
      if (end && !tokens.isEmpty()) {
        List<Dependency> deps = new ArrayList<>();
        if (random.nextBoolean()) {
          for (Token t : tokens) {
            int governor = random.nextInt(tokens.size() + 1) - 1;
            deps.add(new Dependency(governor == t.index() ? -1 : governor, t.index(),
                RELATIONS[random.nextInt(RELATIONS.length)]));
          }
        }
        int last = tokens.get(tokens.size() - 1).end();
        sentences.add(new Sentence(sentences.size(), new Span(sentenceStart, last), tokens, deps));
        tokens = new ArrayList<>();
        sentenceStart = -1;
      }
      i++;
    }
    List<Mention> mentions = new ArrayList<>();
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        if (random.nextInt(4) == 0) {
          Entity e = ENTITIES.get(random.nextInt(ENTITIES.size()));
          mentions.add(new Mention(t.span(), t.text(), e.id(), random.nextInt(5) == 0 ? "demonym" : "alias"));
        }
      }
    }
    AnnotatedArticle annotated = new AnnotatedArticle(Article.of("random", text), null, sentences,
        List.of(), List.of());
    return new ResolvedArticle(annotated, ENTITIES, mentions);
  }

  @Test
  void randomTextNeverThrowsFromTheFinder() {
    Random random = new Random(41);
    QuoteFinder finder = new QuoteFinder();
    for (int i = 0; i < 5000; i++) {
      String text = randomText(random);
      int previousEnd = 0;
      for (QuoteSpan q : finder.find(text)) {
        assertTrue(q.marks().end() <= text.length(), text);
        assertTrue(q.marks().start() >= previousEnd, text);
        previousEnd = q.marks().end();
      }
    }
  }

  @Test
  void randomArticlesNeverThrowFromTheAttributor() {
    Random random = new Random(42);
    SieveQuoteAttributor attributor = new SieveQuoteAttributor();
    for (int i = 0; i < 3000; i++) {
      String text = randomText(random);
      ResolvedArticle article = randomArticle(random, text);
      for (Quote q : attributor.attribute(article)) {
        assertEquals(q.span().slice(text), q.text());
        assertTrue(q.speakerId() == null || IDS.contains(q.speakerId()), q.toString());
        assertTrue(q.speakerSpan() == null || q.speakerSpan().end() <= text.length(), q.toString());
      }
    }
  }
}
