package org.demarche.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NameKeyTest {

  @Test
  void foldTransliteratesCyrillicAndDropsDiacritics() {
    assertEquals("tokaev", NameKey.fold("Токаев"));
    assertEquals("recep tayyip erdogan", NameKey.fold("Recep Tayyip Erdoğan"));
    assertEquals("kassym jomart tokayev", NameKey.fold("Kassym-Jomart  Tokayev"));
    assertEquals("xian", NameKey.fold("Xi’an"));
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
      "Qasym-Zhomart Toqaev, Kassym-Jomart Tokayev",
      "Toqaev, Tokayev",
      "Tokaev, Tokayev",
      "Токаев, Tokayev",
      "Zhaparov, Japarov",
      "Sadyr Zhaparov, Sadyr Japarov",
      "Berdymukhammedov, Berdimuhamedov",
      "Berdimuhamedow, Berdimuhamedov",
      "Mirziyoyev, Mirziyoev",
      "Aliyev, Aliev",
      "Erdoğan, Erdogan",
      "Zelenskyy, Zelenskiy",
      "Zelensky, Zelenskiy",
      "Dzhaparova, Japarova",
  })
  void romanizationVariantsShareAKey(String a, String b) {
    assertEquals(NameKey.key(a), NameKey.key(b));
  }

  @ParameterizedTest(name = "{0} !~ {1}")
  @CsvSource({
      "Ilham Aliyev, Heydar Aliyev",
      "Serdar Berdimuhamedov, Gurbanguly Berdimuhamedov",
      "Raisi, Rahmon",
      "Austria, Australia",
  })
  void differentNamesKeepDifferentKeys(String a, String b) {
    assertNotEquals(NameKey.key(a), NameKey.key(b));
  }

  @Test
  void slugIsLowercaseAsciiWithHyphens() {
    assertEquals("kassym-jomart-tokayev", NameKey.slug("Kassym-Jomart Tokayev"));
    assertEquals("mevlut-cavusoglu", NameKey.slug("Mevlüt Çavuşoğlu"));
  }
}
