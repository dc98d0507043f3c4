package org.demarche.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

  @Test
  void termsDropOperatorsShortWordsAndDiacritics() {
    assertEquals(List.of("cavusoglu", "tokayev", "erdog"),
        SearchApi.terms("\"Çavuşoğlu\" OR Tokayev NOT of Erdoğ*"));
  }

  @Test
  void cyrillicIsKeptLowerCased() {
    assertEquals(List.of("токаев"), SearchApi.terms("Токаев"));
  }
}
