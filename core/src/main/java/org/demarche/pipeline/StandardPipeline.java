package org.demarche.pipeline;

import org.demarche.event.DependencyEventCoder;
import org.demarche.event.EventLexicon;
import org.demarche.ingest.DatelineParser;
import org.demarche.nlp.CoreNlpAnnotator;
import org.demarche.quote.SieveQuoteAttributor;
import org.demarche.resolve.GazetteerActorResolver;
import org.demarche.resolve.gazetteer.Gazetteer;

/** Builds Demarche's standard pipeline: CoreNLP, the gazetteer resolver, sieves, the lexicon. */
public final class StandardPipeline {

  private StandardPipeline() {}

  /**
   * The standard pipeline over {@code gazetteer}. Loading CoreNLP's models takes seconds and
   * gigabytes: build one and share it between threads.
   *
   * @param threads how many articles will be processed at once
   */
  public static Pipeline create(Gazetteer gazetteer, int threads) {
    GazetteerActorResolver resolver = new GazetteerActorResolver(gazetteer);
    EventLexicon lexicon = EventLexicon.loadDefault();
    return new Pipeline(
        new DatelineParser(new GazetteerPlaces(gazetteer)),
        new CoreNlpAnnotator(NlpNeeds.config(resolver, lexicon, threads)),
        resolver,
        new SieveQuoteAttributor(gazetteer),
        new DependencyEventCoder(lexicon));
  }
}
