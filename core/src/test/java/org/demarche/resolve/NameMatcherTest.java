package org.demarche.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.demarche.model.Sentence;
import org.junit.jupiter.api.Test;

class NameMatcherTest {

  private static final NameMatcher MATCHER = new NameMatcher(new AliasIndex(Articles.GAZETTEER));

  private static List<String> names(String text) {
    Sentence s = PlainTokens.sentence(text, 0, 0);
    return MATCHER.match(text, s).stream().map(c -> c.text() + "=" + c.hits().get(0).entry().id()).toList();
  }

  @Test
  void longestNameWinsAndATitleGivesWayToTheFullName() {
    assertEquals(List.of("Chinese=country:chn", "Xi Jinping=person:xi-jinping",
        "Organization of Turkic States=org:ots"),
        names("Chinese President Xi Jinping addressed the Organization of Turkic States."));
  }

  @Test
  void namesInsideHyphenatedWordsAreFound() {
    assertEquals(List.of("Russia=country:rus", "Kazakhstan=country:kaz", "Türkiye=country:tur"),
        names("Russia-backed separatists and Kazakhstan-Türkiye ties."));
  }

  @Test
  void possessiveInsideATokenIsNotPartOfTheName() {
    assertEquals(List.of("Belarus=country:blr"), names("Belarus's rulers"));
  }

  @Test
  void acronymsMatchOnlyInCapitals() {
    assertEquals(List.of("US=country:usa", "WHO=org:who"), names("The US asked who leads the WHO."));
  }

  @Test
  void lowerCaseGenericWordAfterAPlaceIsLeftOut() {
    assertEquals(List.of("Tavush=location:tavush", "Tavush Province=location:tavush"),
        names("the Tavush province and Tavush Province"));
  }
}
