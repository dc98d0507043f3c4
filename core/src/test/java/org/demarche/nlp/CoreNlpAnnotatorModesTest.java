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
  void selectedSentencesAloneAreParsed() {
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpConfig.defaults().withNer(false)
        .withTimex(false).withParse(CandidateSentences.withLemma("meet", "meet"::equals)));
    List<Boolean> parsed = annotator.annotate(Article.of("t", TEXT)).sentences().stream()
        .map(Sentence::parsed).toList();
    assertEquals(List.of(false, true, false), parsed);
  }

  @Test
  void noParseLeavesDependenciesEmpty() {
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(
        NlpConfig.defaults().withNer(false).withTimex(false).withParse(SentenceSelection.NONE));
    assertTrue(annotator.annotate(Article.of("t", TEXT)).sentences().stream()
        .noneMatch(Sentence::parsed));
  }

  @Test
  void timexWithoutNerFindsDates() {
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(
        NlpConfig.defaults().withNer(false).withParse(SentenceSelection.NONE));
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
  void dateWordSentencesGiveTheSameTimexesAsAll() {
    String text = "Trade grew in March.\nThey met last week and 10 days ago.\nNo date here, said Tokayev.\n"
        + "Since 1991 and in the 1990s, twice a year, they met at 10:30 on 12/05/2023.\n";
    CoreNlpAnnotator all = new CoreNlpAnnotator(
        NlpConfig.defaults().withNer(false).withParse(SentenceSelection.NONE));
    CoreNlpAnnotator some = new CoreNlpAnnotator(NlpConfig.defaults().withNer(false)
        .withTimex(CandidateSentences.dateWords()).withParse(SentenceSelection.NONE));
    Article article = dated(text, "2023-03-01");
    assertEquals(all.annotate(article).timexes(), some.annotate(article).timexes());
  }

  @Test
  void nerOnSelectedSentencesOnly() {
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpConfig.defaults().withTimex(false)
        .withParse(SentenceSelection.NONE)
        .withNer(SentenceSelection.where("second", s -> s.index() == 1)));
    AnnotatedArticle a = annotator.annotate(dated(TEXT, "2023-03-01"));
    assertEquals(List.of(), a.timexes());
    assertEquals(List.of("Baku"), a.names().stream().map(n -> n.text()).toList());
    assertNull(a.sentences().get(0).tokens().get(0).ner());
    assertEquals("O", a.sentences().get(1).tokens().get(0).ner());
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
