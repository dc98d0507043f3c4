package org.demarche.resolve.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameKeyTest {

  @Test
  void caseAndSpacesDoNotMatter() {
    assertEquals(NameKey.of("Bishkek"), NameKey.of("BISHKEK"));
    assertEquals(NameKey.of("Qasym-Zhomart Toqaev"), NameKey.of("  qasym-zhomart \u00a0 toqaev "));
  }

  @Test
  void typographicApostrophesAndDashesFoldToAscii() {
    assertEquals(NameKey.of("Xi'an"), NameKey.of("Xi\u2019an"));
    assertEquals(NameKey.of("Nur-Sultan"), NameKey.of("Nur\u2013Sultan"));
  }

  @Test
  void decomposedAndComposedFormsAreTheSameKey() {
    assertEquals(NameKey.of("Erdo\u011fan"), NameKey.of("Erdog\u0306an"));
  }

  @Test
  void dottedCapitalIFoldsToPlainI() {
    assertEquals(NameKey.of("Istanbul"), NameKey.of("\u0130stanbul"));
  }

  @Test
  void diacriticsStayDistinct() {
    assertNotEquals(NameKey.of("Erdoğan"), NameKey.of("Erdogan"));
  }

  @Test
  void cyrillicIsLowerCased() {
    assertEquals("казахстан", NameKey.of("КАЗАХСТАН"));
  }
}
