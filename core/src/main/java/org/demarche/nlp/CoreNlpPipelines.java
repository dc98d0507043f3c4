package org.demarche.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotator;
import java.util.Properties;

/**
 * The CoreNLP annotators a configuration needs, built once.
 *
 * <p>Choices, each measured on the seed articles (see {@link CoreNlpAnnotator}):
 * <ul>
 *   <li>{@code ssplit.newlineIsSentenceBreak=always}: ingested news text has one paragraph, headline
 *       or photo caption per line, often with no final period ({@code Kyrgyzstan accuses
 *       Tajikistan of amassing troops near border}); with {@code two} such a line would run into
 *       the next sentence. No corpus article is hard-wrapped inside a sentence.
 *   <li>{@code ner.applyFineGrained=false}: coarse labels at a third of the time; countries and
 *       cities come from the gazetteer. No entity mentions (spans are merged from token labels),
 *       no regexner, no coref, no quote annotator.
 *   <li>SUTime runs inside NER ({@code ner.useSUTime}) so it costs nothing extra; with NER off
 *       it runs as its own {@link TimeAnnotator}. {@code sutime.includeRange=false}: ranges do
 *       not read {@code Oct. 12-13} either, the {@code time} package does.
 *   <li>The dependency parser is a separate pipeline so it can run on a subset of sentences.
 * </ul>
 */
final class CoreNlpPipelines {

  private CoreNlpPipelines() {}

  /** Tokenize, split, tag, lemmatize and, when configured, NER with SUTime. */
  static StanfordCoreNLP main(NlpConfig config) {
    Properties p = new Properties();
    p.setProperty("annotators", config.ner() ? "tokenize,ssplit,pos,lemma,ner" : "tokenize,ssplit,pos,lemma");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    if (config.ner()) {
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("ner.buildEntityMentions", "false");
      p.setProperty("ner.useSUTime", Boolean.toString(config.timex()));
      p.setProperty("sutime.includeRange", "false");
    }
    return new StanfordCoreNLP(p);
  }

  /** SUTime on its own, for configurations with time expressions but no NER; else null. */
  static TimeAnnotator time(NlpConfig config) {
    if (!config.timex() || config.ner()) {
      return null;
    }
    Properties p = new Properties();
    p.setProperty("sutime.includeRange", "false");
    return new TimeAnnotator("sutime", p);
  }

  /** The neural dependency parser (basic and enhanced UD), or null when nothing is parsed. */
  static StanfordCoreNLP parser(NlpConfig config) {
    if (config.parse() == ParseMode.NONE) {
      return null;
    }
    Properties p = new Properties();
    p.setProperty("annotators", "depparse");
    return new StanfordCoreNLP(p, false);
  }
}
