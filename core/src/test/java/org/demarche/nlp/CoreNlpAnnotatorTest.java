package org.demarche.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Article;
import org.demarche.model.Dateline;
import org.demarche.model.Dependency;
import org.demarche.model.NerSpan;
import org.demarche.model.PublishedBasis;
import org.demarche.model.Sentence;
import org.demarche.model.Span;
import org.demarche.model.Timex;
import org.demarche.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {

  /** Articles written for these tests: quotes, dashes, non-Latin names, money, a URL. */
  static final List<String> ARTICLES = List.of(
      "Astana welcomes envoys\n"
          + "ASTANA — Kazakh President Kassym-Jomart Tokayev on Tuesday said “the region needs "
          + "calm,” and pledged $10 billion for roads.\n"
          + "Türkiye’s foreign minister (who arrived Monday) agreed. Details: "
          + "https://example.org/news?id=42&lang=en.\n",
      "Токаев встретился с министром. Tokayev met the minister in Almaty on Feb 28.\n\n"
          + "The talks in Baku on Oct. 12-13 will gather leaders of the Organization of Turkic "
          + "States — including Uzbekistan's president…\n",
      "\"We will continue to support the stability of the region,\" the minister said.\n"
          + "In September 2019, Uzbekistan joined the council; last year trade grew 20%.\n"
          + "‘Unacceptable,’ said Ms. O’Neil – the U.S. envoy – at 10:30 a.m. on Friday.");

  private static CoreNlpAnnotator annotator;

  @BeforeAll
  static void load() {
    annotator = SharedAnnotator.get();
  }

  private static Article dated(String text, String date) {
    return Article.of("test", text).withPublished(LocalDate.parse(date), PublishedBasis.HEADER);
  }

  private static Timex timex(AnnotatedArticle a, String text) {
    List<Timex> found = a.timexes().stream().filter(t -> t.text().contains(text)).toList();
    assertEquals(1, found.size(), "one timex containing '" + text + "' in " + a.timexes());
    return found.get(0);
  }

  @Test
  void everyOffsetSlicesToItsText() {
    for (String text : ARTICLES) {
      AnnotatedArticle a = annotator.annotate(dated(text, "2023-03-01"));
      assertFalse(a.sentences().isEmpty());
      for (Sentence s : a.sentences()) {
        for (Token t : s.tokens()) {
          assertEquals(t.text(), t.span().slice(text), "token " + t);
          assertTrue(s.span().contains(t.span()), "token " + t + " inside sentence " + s.span());
        }
      }
      for (NerSpan n : a.names()) {
        assertEquals(n.text(), n.span().slice(text), "name " + n);
      }
      for (Timex t : a.timexes()) {
        assertEquals(t.text(), t.span().slice(text), "timex " + t);
      }
    }
  }

  @Test
  void tokensKeepOriginalQuotesBracketsAndScripts() {
    AnnotatedArticle a = annotator.annotate(Article.of("t", ARTICLES.get(0)));
    List<String> words = a.sentences().stream().flatMap(s -> s.tokens().stream())
        .map(Token::text).toList();
    assertTrue(words.containsAll(List.of("“", "”", "—", "(", ")", "Türkiye", "$", "10", "billion",
        "https://example.org/news?id=42&lang=en")), words.toString());
    AnnotatedArticle b = annotator.annotate(Article.of("t", ARTICLES.get(1)));
    assertEquals("Токаев", b.sentences().get(0).tokens().get(0).text());
  }

  @Test
  void newlineEndsSentenceSoHeadlineStandsAlone() {
    String text = ARTICLES.get(0);
    AnnotatedArticle a = annotator.annotate(Article.of("t", text));
    assertEquals("Astana welcomes envoys", a.sentences().get(0).span().slice(text));
    for (Sentence s : a.sentences()) {
      assertFalse(s.span().slice(text).contains("\n"), "sentence crosses a line: " + s.span());
    }
  }

  @Test
  void namesAreMergedFromTokenLabels() {
    String text = ARTICLES.get(0);
    AnnotatedArticle a = annotator.annotate(Article.of("t", text));
    int at = text.indexOf("Kassym-Jomart Tokayev");
    assertTrue(a.names().contains(new NerSpan(new Span(at, at + 21), "Kassym-Jomart Tokayev",
        "PERSON")), a.names().toString());
    assertTrue(a.names().stream().noneMatch(n -> n.label().equals("MONEY")), a.names().toString());
  }

  @Test
  void everyParsedSentenceIsATree() {
    for (String text : ARTICLES) {
      for (Sentence s : annotator.annotate(Article.of("t", text)).sentences()) {
        assertTrue(s.parsed(), "sentence not parsed: " + s.span().slice(text));
        int n = s.tokens().size();
        int[] head = new int[n];
        int[] heads = new int[n];
        int roots = 0;
        for (Dependency d : s.dependencies()) {
          heads[d.dependent()]++;
          head[d.dependent()] = d.governor();
          if (d.governor() == -1) {
            roots++;
            assertEquals("root", d.relation());
          }
        }
        assertEquals(1, roots, "roots of " + s.dependencies());
        for (int i = 0; i < n; i++) {
          assertEquals(1, heads[i], "heads of token " + i + " in " + s.dependencies());
          int steps = 0;
          for (int j = i; j != -1; j = head[j]) {
            assertTrue(++steps <= n, "cycle through token " + i + " in " + s.dependencies());
          }
        }
      }
    }
  }

  @Test
  void obliqueCarriesItsPrepositionFromEnhancedUd() {
    String text = "Tokayev met with Erdogan in Ankara.";
    Sentence s = annotator.annotate(Article.of("t", text)).sentences().get(0);
    assertTrue(s.dependencies().contains(new Dependency(1, 3, "obl:with")), s.dependencies().toString());
    assertTrue(s.dependencies().contains(new Dependency(1, 0, "nsubj")), s.dependencies().toString());
  }

  @Test
  void weekdayIsLatestBeforePublication() {
    AnnotatedArticle a = annotator.annotate(dated(
        "The minister on Tuesday expressed support for the treaty.", "2023-03-01"));
    assertEquals("2023-02-28", timex(a, "Tuesday").value());
  }

  @Test
  void monthDayIsInThePastYear() {
    AnnotatedArticle a = annotator.annotate(dated(ARTICLES.get(1), "2025-10-07"));
    Timex feb = timex(a, "Feb 28");
    assertEquals("2025-02-28", feb.value());
    assertEquals("DATE", feb.type());
  }

  @Test
  void dayRangeIsOneDateStartingOnFirstDay() {
    String text = ARTICLES.get(1);
    AnnotatedArticle a = annotator.annotate(dated(text, "2022-10-11"));
    int at = text.indexOf("Oct. 12-13");
    assertTrue(a.timexes().contains(new Timex("Oct. 12-13", new Span(at, at + 10), "2022-10-12",
        "DATE")), a.timexes().toString());
    assertTrue(a.timexes().stream().noneMatch(t -> t.text().equals("12-13") || t.text().equals("Oct.")));
  }

  @Test
  void monthAndYearAndLastYear() {
    AnnotatedArticle a = annotator.annotate(dated(ARTICLES.get(2), "2023-03-01"));
    assertEquals("2019-09", timex(a, "September 2019").value());
    assertEquals("2022", timex(a, "last year").value());
  }

  /**
   * SUTime's entity mentions split {@code the last 30 years} into {@code the} (DURATION) and
   * {@code last 30 years} (DATE) because NER labels the tokens differently; the tokens carry one
   * timex, and so must the result.
   */
  @Test
  void timexWithMixedTokenLabelsIsOneExpression() {
    String text = "Ties grew stronger over the last 30 years, the envoy said.";
    AnnotatedArticle a = annotator.annotate(dated(text, "2023-03-01"));
    int at = text.indexOf("the last 30 years");
    assertEquals(List.of(new Timex("the last 30 years", new Span(at, at + 17), "P30Y", "DURATION")),
        a.timexes());
  }

  @Test
  void withoutPublicationDateRelativeExpressionsHaveNoValue() {
    AnnotatedArticle a = annotator.annotate(Article.of("t", ARTICLES.get(2)));
    assertEquals("2019-09", timex(a, "September 2019").value());
    Timex lastYear = timex(a, "last year");
    assertNull(lastYear.value());
    assertEquals("DATE", lastYear.type());
    assertNull(timex(a, "Friday").value());
  }

  @Test
  void datelineDateIsReferenceWhenArticleHasNone() {
    String text = "The minister on Tuesday expressed support.";
    Dateline dateline = new Dateline("ASTANA, March 1", new Span(0, 0), "Astana", "KAZ", null,
        LocalDate.of(2023, 3, 1));
    AnnotatedArticle a = annotator.annotate(Article.of("t", text), dateline);
    assertEquals("2023-02-28", timex(a, "Tuesday").value());
    assertEquals(dateline, a.dateline());
  }

  @Test
  void emptyAndBlankTextGiveNoSentences() {
    assertEquals(List.of(), annotator.annotate(Article.of("t", "")).sentences());
    assertEquals(List.of(), annotator.annotate(Article.of("t", " \n\n ")).sentences());
  }

  @Test
  void concurrentAnnotationEqualsSequential() {
    List<Article> articles = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < ARTICLES.size(); i++) {
        articles.add(dated(ARTICLES.get(i), i % 2 == 0 ? "2023-03-01" : "2022-10-11"));
      }
    }
    List<AnnotatedArticle> sequential = new ArrayList<>();
    for (Article a : articles) {
      sequential.add(annotator.annotate(a));
    }
    assertEquals(sequential, annotator.annotateAll(articles));
  }

  @Test
  void randomTextGivesValidOffsets() {
    Random random = new Random(7);
    String alphabet = "ab Z.,;\n\n\"“”‘’—–-()[]$%10 Oct. 12-13 Tuesday Токаев Türkiye\t…é\u00A0\u200B";
    for (int n = 0; n < 30; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(200); i > 0; i--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      AnnotatedArticle a = annotator.annotate(dated(text, "2024-01-10"));
      Map<Boolean, List<Token>> tokens = a.sentences().stream().flatMap(s -> s.tokens().stream())
          .collect(Collectors.partitioningBy(t -> t.text().equals(t.span().slice(text))));
      assertEquals(List.of(), tokens.get(false), "bad tokens in " + text);
      for (Timex t : a.timexes()) {
        assertEquals(t.text(), t.span().slice(text));
      }
    }
  }
}
