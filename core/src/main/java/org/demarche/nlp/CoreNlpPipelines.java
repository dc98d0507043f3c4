package org.demarche.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotator;
import java.util.Properties;

/**
 * The CoreNLP annotators a configuration needs, built once. Each runs on its own, on the
 * sentences its {@link SentenceSelection} picks.
 *
 * <p>Choices, each measured on the seed and sample articles (see the package documentation):
 * <ul>
 *   <li>{@code ssplit.newlineIsSentenceBreak=always}: ingested news text has one paragraph,
 *       headline or photo caption per line, often with no final period ({@code Kyrgyzstan
 *       accuses Tajikistan of amassing troops near border}); with {@code two} such a line would
 *       run into the next sentence. No corpus article is hard-wrapped inside a sentence.
 *   <li>{@code pos.maxlen}: a "sentence" of thousands of tokens (a table, a list without
 *       periods) is tagged in pieces rather than in one quadratic pass.
 *   <li>NER with the 3-class model only (person, organization, location): the resolver uses no
 *       other label, and CoreNLP's default adds the 7-class and MISC models, numeric
 *       classifiers, SUTime and fine-grained labels at four times the cost. In CoreNLP's default
 *       combination the 3-class model's labels win for these three classes anyway.
 *   <li>SUTime as its own {@link TimeAnnotator}, on the sentences with date words only.
 *       {@code sutime.includeRange=false}: ranges do not read {@code Oct. 12-13} either; the
 *       {@code time} package does.
 *   <li>The neural dependency parser is called directly: CoreNLP's annotator also builds the
 *       collapsed, CC-processed and enhanced++ graphs, which nothing reads.
 * </ul>
 */
final class CoreNlpPipelines {

  /** The 3-class NER model: PERSON, ORGANIZATION, LOCATION. */
  static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /** Longest sentence the tagger tags in one piece, in tokens. */
  static final int POS_MAX_LENGTH = 400;

  private CoreNlpPipelines() {}

  /** Tokenize, split sentences, tag and lemmatize. */
  static StanfordCoreNLP main() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("pos.maxlen", Integer.toString(POS_MAX_LENGTH));
    return new StanfordCoreNLP(p);
  }

  /** The 3-class NER, or null when no sentence gets NER. */
  static NERCombinerAnnotator ner(NlpConfig config) {
    if (config.ner().isNone()) {
      return null;
    }
    Properties p = new Properties();
    p.setProperty("ner.model", NER_MODEL);
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.language", "en");
    try {
      return new NERCombinerAnnotator(p);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot load the NER model " + NER_MODEL, e);
    }
  }

  /** SUTime on its own, or null when no sentence gets time expressions. */
  static TimeAnnotator time(NlpConfig config) {
    if (config.timex().isNone()) {
      return null;
    }
    Properties p = new Properties();
    p.setProperty("sutime.includeRange", "false");
    return new TimeAnnotator("sutime", p);
  }

  /** The neural dependency parser (UD), or null when no sentence is parsed. */
  static DependencyParser parser(NlpConfig config) {
    if (config.parse().isNone()) {
      return null;
    }
    return DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
  }
}
