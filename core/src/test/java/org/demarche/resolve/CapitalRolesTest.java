package org.demarche.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.demarche.model.Dependency;
import org.demarche.model.Sentence;
import org.demarche.model.Span;
import org.demarche.model.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cues that make a capital act or stay a place. Sentences are given as {@code word/TAG}
 * (Penn tags, lemma = the word) and the capital is the word marked {@code *}.
 */
class CapitalRolesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      *Moscow/NNP warned/VBD Kyiv/NNP                              | true  | subject of 'warned'
      *Beijing/NNP firmly/RB opposed/VBD sanctions/NNS             | true  | subject of 'opposed'
      *Kyiv/NNP was/VBD shelled/VBN overnight/RB                   | false | attacked
      talks/NNS in/IN *Ankara/NNP                                  | false | 'in'
      *Ankara/NNP 's/POS call/NN                                   | true  | possessive
      on/IN *Tbilisi/NNP 's/POS main/JJ avenue/NN                  | false | possessive of 'avenue'
      in/IN *Moscow/NNP 's/POS view/NN                             | true  | possessive
      between/IN Moscow/NNP and/CC *Kyiv/NNP                       | true  | 'between'
      annexed/VBN by/IN *Moscow/NNP                                | true  | 'by'
      flying/VBG from/IN *Baku/NNP                                 | false | 'from'
      notification/NN from/IN *Yerevan/NNP                         | true  | 'notification from'
      sanctions/NNS on/IN *Moscow/NNP                              | true  | 'on'
      strikes/NNS on/IN *Kyiv/NNP                                  | false | 'strikes on'
      policy/NN towards/IN *Moscow/NNP                             | true  | 'policy towards'
      marched/VBD towards/IN *Kyiv/NNP                             | false | 'towards'
      its/PRP$ ally/NN *Moscow/NNP                                 | true  | 'ally' before it
      the/DT Kazakh/JJ capital/NN *Astana/NNP                      | false | 'capital' before it
      the/DT capital/NN ,/, *Tbilisi/NNP                           | false | 'capital' before it
      urged/VBD *Kyiv/NNP to/TO stop/VB                            | true  | object of 'urge'
      before/IN leaving/VBG *Moscow/NNP                            | false | object of 'leave'
      *Kabul/NNP :/: Tajiks/NNPS must/MD not/RB meddle/VB          | true  | speaker before a colon
      the/DT *Brussels/NNP summit/NN                               | false | modifies 'summit'
      *Moscow/NNP officials/NNS denied/VBD it/PRP                  | true  | modifies 'officials'
      *Moscow/NNP and/CC Tashkent/NNP on/IN Monday/NNP             | false | no cue: place
      the/DT streets/NNS of/IN *Kyiv/NNP were/VBD quiet/JJ         | false | 'streets of'
      the/DT position/NN of/IN *Moscow/NNP                         | true  | 'position of'
      *Astana/NNP ,/, a/DT city/NN of/IN millions/NNS ,/, is/VBZ   | false | apposition 'city'
      *Minsk/NNP hosted/VBD the/DT talks/NNS                       | true  | subject of 'hosted'
      *Kyiv/NNP is/VBZ the/DT capital/NN of/IN Ukraine/NNP         | false | is a 'capital'
      """)
  void cueDecides(String spec, boolean acts, String cue) {
    List<Token> tokens = new ArrayList<>();
    int capital = -1;
    int offset = 0;
    for (String item : spec.trim().split("\\s+")) {
      int slash = item.lastIndexOf('/');
      String word = item.substring(0, slash);
      if (word.startsWith("*")) {
        word = word.substring(1);
        capital = tokens.size();
      }
      String lemma = word.equals("warned") ? "warn" : word.equals("opposed") ? "oppose"
          : word.equals("urged") ? "urge" : word.equals("leaving") ? "leave"
          : word.equals("shelled") ? "shell" : word.equals("was") || word.equals("is") ? "be"
          : word.toLowerCase();
      tokens.add(new Token(tokens.size(), word, new Span(offset, offset + word.length()),
          item.substring(slash + 1), lemma, null));
      offset += word.length() + 1;
    }
    Sentence s = new Sentence(0, new Span(0, offset), tokens, List.<Dependency>of());
    assertEquals(new CapitalRoles.Decision(acts, cue), CapitalRoles.read(s, capital, capital, false));
  }
}
