package org.demarche.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Article;
import org.demarche.model.PublishedBasis;
import org.demarche.model.Sentence;
import org.demarche.model.Timex;
import org.demarche.model.Token;
import org.junit.jupiter.api.Test;

/** The configurations other than the default. The annotators share CoreNLP's loaded models. */
class CoreNlpAnnotatorModesTest {

  private static final String TEXT = "Trade grew in March.\n"
      + "The two presidents met in Baku on Tuesday.\n"
      + "“We agree,” the envoy said.\n";

  private static Article dated(String text, String date) {
    return Article.of("t", text).withPublished(LocalDate.parse(date), PublishedBasis.HEADER);
  }

  @Test
  void candidatesModeParsesOnlySelectedSentences() {
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpConfig.defaults()
        .withParseCandidates(CandidateSentences.quoteOrWord(List.of("met"))));
    List<Boolean> parsed = annotator.annotate(Article.of("t", TEXT)).sentences().stream()
        .map(Sentence::parsed).toList();
    assertEquals(List.of(false, true, true), parsed);
  }

  @Test
  void noParseModeLeavesDependenciesEmpty() {
    CoreNlpAnnotator annotator =
        new CoreNlpAnnotator(NlpConfig.defaults().withParse(ParseMode.NONE));
    assertTrue(annotator.annotate(Article.of("t", TEXT)).sentences().stream()
        .noneMatch(Sentence::parsed));
  }

  @Test
  void timexWithoutNerRunsSutimeAlone() {
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(
        NlpConfig.defaults().withNer(false).withParse(ParseMode.NONE));
    AnnotatedArticle a = annotator.annotate(dated(TEXT, "2023-03-01"));
    assertEquals(List.of("March", "Tuesday"), a.timexes().stream().map(Timex::text).toList());
    assertEquals(List.of("2023-03", "2023-02-28"), a.timexes().stream().map(Timex::value).toList());
    assertEquals(List.of(), a.names());
    Token grew = a.sentences().get(0).tokens().get(1);
    assertNull(grew.ner());
    assertEquals("VBD", grew.pos());
    assertEquals("grow", grew.lemma());
  }

  @Test
  void nerWithoutTimexFindsNoTimexes() {
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(
        NlpConfig.defaults().withTimex(false).withParse(ParseMode.NONE));
    AnnotatedArticle a = annotator.annotate(dated(TEXT, "2023-03-01"));
    assertEquals(List.of(), a.timexes());
    assertTrue(a.names().stream().anyMatch(n -> n.text().equals("Baku")), a.names().toString());
  }

  /**
   * SUTime keeps state between documents (CoreNLP issue 1061): an article annotated again after
   * another with a different date must come out the same.
   */
  @Test
  void resultDoesNotDependOnPreviousArticle() {
    CoreNlpAnnotator annotator = SharedAnnotator.get();
    Article first = dated(TEXT, "2023-03-01");
    AnnotatedArticle before = annotator.annotate(first);
    annotator.annotate(dated("On Friday, next week and on Feb 3 they will meet again.", "2021-06-15"));
    annotator.annotate(Article.of("u", "On Tuesday, last year, in March they met."));
    assertEquals(before, annotator.annotate(first));
  }
}
