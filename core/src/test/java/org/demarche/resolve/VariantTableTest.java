package org.demarche.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spellings of one actor that must resolve together, and names that must not: each name is
 * resolved alone, as a one-name article of 2024-06-01. Latin romanizations, Cyrillic (Russian,
 * Kazakh, Ukrainian), diacritics dropped or kept, old and new names.
 */
class VariantTableTest {

  private static final LocalDate DATE = LocalDate.of(2024, 6, 1);

  private static String resolveAlone(String name) {
    return Articles.idOf(Articles.resolve(name, DATE), name);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # people: Latin romanizations
      Qasym-Zhomart Toqaev          | Kassym-Jomart Tokayev          | person:kassym-jomart-tokayev
      Kasym-Zhomart Tokayev         | Kassym-Jomart Tokayev          | person:kassym-jomart-tokayev
      Kassym-Zhomart Tokaev         | Kassym-Jomart Tokayev          | person:kassym-jomart-tokayev
      Tokaiev                       | Tokayev                        | person:kassym-jomart-tokayev
      Toqayev                       | Tokayev                        | person:kassym-jomart-tokayev
      Nursultan Nazarbaev           | Nursultan Nazarbayev           | person:nursultan-nazarbayev
      Nazarbaev                     | Nazarbayev                     | person:nursultan-nazarbayev
      Sadyr Zhaparov                | Sadyr Japarov                  | person:sadyr-japarov
      Djaparov                      | Japarov                        | person:sadyr-japarov
      Dzhaparov                     | Japarov                        | person:sadyr-japarov
      Shavkat Mirziyoev             | Shavkat Mirziyoyev             | person:shavkat-mirziyoyev
      Mirziyoev                     | Mirziyoyev                     | person:shavkat-mirziyoyev
      Emomali Rakhmon               | Emomali Rahmon                 | person:emomali-rahmon
      Rakhmonov                     | Rahmon                         | person:emomali-rahmon
      Serdar Berdymukhamedov        | Serdar Berdimuhamedow          | person:serdar-berdimuhamedow
      Serdar Berdymukhammedov       | Serdar Berdimuhamedow          | person:serdar-berdimuhamedow
      Gurbanguly Berdymukhamedov    | Gurbanguly Berdimuhamedow      | person:gurbanguly-berdimuhamedow
      Gurbanguly Berdimuhammedov    | Gurbanguly Berdimuhamedow      | person:gurbanguly-berdimuhamedow
      Ilham Aliev                   | Ilham Aliyev                   | person:ilham-aliyev
      Heydar Aliev                  | Heydar Aliyev                  | person:heydar-aliyev
      Nikol Pashinian               | Nikol Pashinyan                | person:nikol-pashinyan
      Pashinian                     | Pashinyan                      | person:nikol-pashinyan
      Volodymyr Zelensky            | Volodymyr Zelenskyy            | person:volodymyr-zelenskyy
      Volodymyr Zelenskiy           | Volodymyr Zelenskyy            | person:volodymyr-zelenskyy
      Zelenskyi                     | Zelenskyy                      | person:volodymyr-zelenskyy
      Sergei Lavrov                 | Sergey Lavrov                  | person:sergey-lavrov
      Dmitri Peskov                 | Dmitry Peskov                  | person:dmitry-peskov
      Tayyip Erdogan                | Recep Tayyip Erdoğan           | person:recep-tayyip-erdogan
      Mevlut Cavusoglu              | Mevlüt Çavuşoğlu               | person:mevlut-cavusoglu
      Ebrahim Raeisi                | Ebrahim Raisi                  | person:ebrahim-raisi
      Mukhtar Tleuberdi             | Mukhtar Tileuberdi             | person:mukhtar-tileuberdi
      Murat Nurtileu                | Murat Nurtleu                  | person:murat-nurtleu
      Jeenbek Kulubaev              | Zheenbek Kulubaev              | person:jeenbek-kulubaev
      Bakhtiyor Saidov              | Bakhtiyor Saidov               | person:bakhtiyor-saidov
      Alexander Lukashenko          | Aleksandr Lukashenko           | person:alexander-lukashenko
      Antony Blinken                | Anthony Blinken                | person:antony-blinken
      Xi                            | Xi Jinping                     | person:xi-jinping
      # people: Cyrillic
      Токаев                        | Tokayev                        | person:kassym-jomart-tokayev
      Тоқаев                        | Tokayev                        | person:kassym-jomart-tokayev
      Касым-Жомарт Токаев           | Kassym-Jomart Tokayev          | person:kassym-jomart-tokayev
      Қасым-Жомарт Тоқаев           | Kassym-Jomart Tokayev          | person:kassym-jomart-tokayev
      Назарбаев                     | Nazarbayev                     | person:nursultan-nazarbayev
      Путин                         | Putin                          | person:vladimir-putin
      Владимир Путин                | Vladimir Putin                 | person:vladimir-putin
      Лавров                        | Lavrov                         | person:sergey-lavrov
      Песков                        | Peskov                         | person:dmitry-peskov
      Мирзиёев                      | Mirziyoyev                     | person:shavkat-mirziyoyev
      Шавкат Мирзиёев               | Shavkat Mirziyoyev             | person:shavkat-mirziyoyev
      Жапаров                       | Japarov                        | person:sadyr-japarov
      Садыр Жапаров                 | Sadyr Japarov                  | person:sadyr-japarov
      Рахмон                        | Rahmon                         | person:emomali-rahmon
      Эмомали Рахмон                | Emomali Rahmon                 | person:emomali-rahmon
      Ильхам Алиев                  | Ilham Aliyev                   | person:ilham-aliyev
      Пашинян                       | Pashinyan                      | person:nikol-pashinyan
      Зеленский                     | Zelenskyy                      | person:volodymyr-zelenskyy
      Зеленський                    | Zelenskyy                      | person:volodymyr-zelenskyy
      Эрдоган                       | Erdogan                        | person:recep-tayyip-erdogan
      Лукашенко                     | Lukashenko                     | person:alexander-lukashenko
      Си Цзиньпин                   | Xi Jinping                     | person:xi-jinping
      Блинкен                       | Blinken                        | person:antony-blinken
      # people: diacritics
      Erdoğan                       | Erdogan                        | person:recep-tayyip-erdogan
      Çavuşoğlu                     | Cavusoglu                      | person:mevlut-cavusoglu
      İlham Əliyev                  | Ilham Aliyev                   | person:ilham-aliyev
      Əliyev                        | Aliyev                         | person:ilham-aliyev
      Péter Szijjártó               | Peter Szijjarto                | person:peter-szijjarto
      Gitanas Nausėda               | Gitanas Nauseda                | person:gitanas-nauseda
      Radosław Sikorski             | Radoslaw Sikorski              | person:radoslaw-sikorski
      Andrej Babiš                  | Andrej Babis                   | person:andrej-babis
      # countries
      Türkiye                       | Turkey                         | country:tur
      Turkiye                       | Türkiye                        | country:tur
      Турция                        | Turkey                         | country:tur
      Türkiye Cumhuriyeti           | Turkey                         | country:tur
      Kazakhstan                    | Qazaqstan                      | country:kaz
      Казахстан                     | Kazakhstan                     | country:kaz
      Қазақстан                     | Kazakhstan                     | country:kaz
      Kyrgyz Republic               | Kyrgyzstan                     | country:kgz
      Кыргызстан                    | Kyrgyzstan                     | country:kgz
      Uzbekistan                    | Oʻzbekiston                    | country:uzb
      Узбекистан                    | Uzbekistan                     | country:uzb
      Tajikistan                    | Таджикистан                    | country:tjk
      Turkmenistan                  | Туркменистан                   | country:tkm
      Azerbaijan                    | Азербайджан                    | country:aze
      Armenia                       | Армения                        | country:arm
      Georgia                       | Грузия                         | country:geo
      Russia                        | Россия                         | country:rus
      Russian Federation            | Russia                         | country:rus
      Ukraine                       | Украина                        | country:ukr
      Belarus                       | Беларусь                       | country:blr
      China                         | Китай                          | country:chn
      People's Republic of China    | PRC                            | country:chn
      United States                 | США                            | country:usa
      U.S.                          | US                             | country:usa
      Iran                          | Иран                           | country:irn
      # places
      Almaty                        | Alma-Ata                       | location:almaty
      Алматы                        | Almaty                         | location:almaty
      Astana                        | Nur-Sultan                     | location:astana
      Астана                        | Astana                         | location:astana
      Kyiv                          | Kiev                           | location:kyiv
      Київ                          | Kyiv                           | location:kyiv
      Bishkek                       | Бишкек                         | location:bishkek
      Ashgabat                      | Ashkhabad                      | location:ashgabat
      Dushanbe                      | Душанбе                        | location:dushanbe
      Baku                          | Bakı                           | location:baku
      Tbilisi                       | Тбилиси                        | location:tbilisi
      Luhansk                       | Луганськ                       | location:luhansk
      Odesa                         | Odessa                         | location:odesa
      Kharkiv                       | Kharkov                        | location:kharkiv
      Shymkent                      | Chimkent                       | location:shymkent
      Aktau                         | Aqtau                          | location:aktau
      Samarkand                     | Samarqand                      | location:samarkand
      Gazakh                        | Qazax                          | location:gazakh
      # organizations
      Organization of Turkic States | OTS                            | org:ots
      Turkic Council                | Organization of Turkic States  | org:ots
      CSTO                          | Collective Security Treaty Organization | org:csto
      ОДКБ                          | CSTO                           | org:csto
      CICA                          | Conference on Interaction and Confidence-Building Measures in Asia | org:cica
      SCO                           | Shanghai Cooperation Organisation | org:sco
      ШОС                           | SCO                            | org:sco
      Eurasian Economic Union       | EAEU                           | org:eaeu
      European Union                | EU                             | org:eu
      Евросоюз                      | EU                             | org:eu
      United Nations                | ООН                            | org:un
      """)
  void spellingsOfOneActorResolveTogether(String a, String b, String id) {
    assertEquals(id, resolveAlone(a), a);
    assertEquals(id, resolveAlone(b), b);
  }

  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Ilham Aliyev          | Heydar Aliyev
      Serdar Berdimuhamedow | Gurbanguly Berdimuhamedow
      Austria               | Australia
      Niger                 | Nigeria
      Iran                  | Iraq
      Slovakia              | Slovenia
      Sudan                 | South Sudan
      North Korea           | South Korea
      Guinea                | Guinea-Bissau
      Dominica              | Dominican Republic
      Kazakh                | Gazakh
      Luhansk               | Lugansk village
      Raisi                 | Rahmon
      Mehriban Aliyeva      | Ilham Aliyev
      """)
  void differentActorsStayApart(String a, String b) {
    String idA = resolveAlone(a);
    String idB = b.equals("Lugansk village") ? "location:lugansk-kaz" : resolveAlone(b);
    assertNotNull(idA, a);
    assertNotNull(idB, b);
    assertNotEquals(idA, idB);
  }
}
