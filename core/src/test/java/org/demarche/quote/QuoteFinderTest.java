package org.demarche.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

  private final QuoteFinder finder = new QuoteFinder();

  private List<String> quotes(String text) {
    return finder.find(text).stream().map(q -> q.span().slice(text)).toList();
  }

  @Test
  void straightCurlyAndGuillemetMarks() {
    String text = "\"We will build the road together,\" the minister said. "
        + "She added: “The corridor is open to all partners.” "
        + "A spokesman called it «a new page in our relations».";
    assertEquals(List.of("We will build the road together,", "The corridor is open to all partners.",
        "a new page in our relations"), quotes(text));
  }

  @Test
  void quoteLeftOpenRunsIntoTheNextParagraph() {
    String text = "\"The first part of the statement goes on here.\n\n"
        + "\"And the second paragraph closes it,\" he said.";
    assertEquals(List.of("The first part of the statement goes on here.\n\n\"And the second paragraph closes it,"),
        quotes(text));
  }

  @Test
  void quoteLeftOpenBeforeAParagraphWithoutMarkEndsWithItsParagraph() {
    String text = "He said: \"We will not give up\nThe talks resumed on Monday.";
    assertEquals(List.of("We will not give up"), quotes(text));
  }

  @Test
  void nestedQuotesStayInsideTheOuterQuote() {
    String text = "«We read «Egemen Qazaqstan» every morning in the office,» she said. "
        + "“We hear the word ‘partnership’ very often,” he added.";
    assertEquals(List.of("We read «Egemen Qazaqstan» every morning in the office,",
        "We hear the word ‘partnership’ very often,"), quotes(text));
  }

  /** A doubled opening mark ({@code admit to "the "possible involvement}) opened nothing the first time. */
  @Test
  void strayOpeningMarkIsSkipped() {
    String text = "It did admit to \"the \"possible involvement of private companies\" and said so.";
    assertEquals(List.of("possible involvement of private companies"), quotes(text));
  }

  @Test
  void titlesInQuotesAreNotSpeech() {
    String text = "He told the “Egemen Qazaqstan” newspaper that talks went well. "
        + "The \"Middle Corridor\" project was discussed. Kommersant ran it under the headline "
        + "«Токаев выбрал паузу». They held an exercise called \"Eagle Partner\" in July.";
    assertEquals(List.of(), quotes(text));
  }

  @Test
  void scareQuotesAreNotSpeech() {
    String text = "The so-called \"people's referendum\" was not recognized.";
    assertEquals(List.of(), quotes(text));
  }

  @Test
  void partialQuoteInsideIndirectSpeech() {
    String text = "The president stressed that the country \"remains a bridge between regions\" today.";
    assertEquals(List.of("remains a bridge between regions"), quotes(text));
  }

  @Test
  void unmarkedFirstPersonParagraphClosedByCue() {
    String text = "The summit opened on Monday.\n"
        + "We are ready to deepen our cooperation in energy and transport with all neighbours, said the Kazakh leader.\n"
        + "Our team won the match, and the fans were happy about it.";
    List<QuoteSpan> spans = finder.find(text);
    assertEquals(List.of("We are ready to deepen our cooperation in energy and transport with all neighbours"),
        quotes(text));
    assertEquals(true, spans.get(0).unmarked());
  }

  @Test
  void apostrophesAreNotQuoteMarks() {
    String text = "The summit’s agenda and Kazakhstan's role were discussed.";
    assertEquals(List.of(), quotes(text));
  }
}
