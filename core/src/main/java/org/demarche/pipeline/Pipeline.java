package org.demarche.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.demarche.event.EventCoder;
import org.demarche.ingest.DatelineParser;
import org.demarche.ingest.PublicationDate;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Article;
import org.demarche.model.Dateline;
import org.demarche.model.Entity;
import org.demarche.model.Event;
import org.demarche.model.Extraction;
import org.demarche.model.Mention;
import org.demarche.model.Quote;
import org.demarche.model.ResolvedArticle;
import org.demarche.nlp.NlpAnnotator;
import org.demarche.quote.QuoteAttributor;
import org.demarche.resolve.ActorResolver;

/**
 * The stages in order: dateline, NLP, actor resolution, quotes, events. One instance serves all
 * threads; every stage is thread-safe.
 */
public final class Pipeline {

  private final DatelineParser datelines;
  private final NlpAnnotator nlp;
  private final ActorResolver resolver;
  private final QuoteAttributor quotes;
  private final EventCoder events;
  private final StageTimes times;

  /** A pipeline of the given stages. */
  public Pipeline(DatelineParser datelines, NlpAnnotator nlp, ActorResolver resolver,
      QuoteAttributor quotes, EventCoder events) {
    this(datelines, nlp, resolver, quotes, events, null);
  }

  private Pipeline(DatelineParser datelines, NlpAnnotator nlp, ActorResolver resolver,
      QuoteAttributor quotes, EventCoder events, StageTimes times) {
    this.datelines = Objects.requireNonNull(datelines, "datelines");
    this.nlp = Objects.requireNonNull(nlp, "nlp");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.quotes = Objects.requireNonNull(quotes, "quotes");
    this.events = Objects.requireNonNull(events, "events");
    this.times = times;
  }

  /** This pipeline, sharing its stages, recording the CPU time of each stage into {@code into}. */
  public Pipeline timed(StageTimes into) {
    return new Pipeline(datelines, nlp, resolver, quotes, events, Objects.requireNonNull(into, "into"));
  }

  /** Reads one article through every stage. */
  public Extraction process(Article input) {
    long t0 = clock();
    Dateline dateline = datelines.parse(input.text(), input.published());
    Article article = withDateline(input, dateline);
    long t1 = clock();
    AnnotatedArticle annotated = nlp.annotate(article, dateline);
    long t2 = clock();
    ResolvedArticle resolved = resolver.resolve(annotated);
    long t3 = clock();
    List<Quote> quoted = quotes.attribute(resolved);
    long t4 = clock();
    List<Event> coded = events.code(resolved, quoted);
    if (times != null) {
      long t5 = clock();
      times.add(StageTimes.Stage.DATELINE, t1 - t0);
      times.add(StageTimes.Stage.NLP, t2 - t1);
      times.add(StageTimes.Stage.RESOLVE, t3 - t2);
      times.add(StageTimes.Stage.QUOTES, t4 - t3);
      times.add(StageTimes.Stage.EVENTS, t5 - t4);
      times.article();
    }
    return new Extraction(article, dateline, group(resolved), quoted, coded, annotated.timexes());
  }

  private long clock() {
    return times == null ? 0 : StageTimes.now();
  }

  /** Publication date from the header or metadata first, then a dateline that gives the year. */
  static Article withDateline(Article article, Dateline dateline) {
    if (dateline == null) {
      return article;
    }
    Article out = article;
    PublicationDate chosen = PublicationDate.choose(article, dateline).orElse(null);
    if (chosen != null && !chosen.date().equals(article.published())) {
      out = out.withPublished(chosen.date(), chosen.basis());
    }
    if (out.outlet() == null && dateline.outlet() != null) {
      out = out.withOutlet(dateline.outlet());
    }
    return out;
  }

  private static List<Extraction.EntityMentions> group(ResolvedArticle resolved) {
    Map<String, List<Mention>> byEntity = new LinkedHashMap<>();
    for (Entity e : resolved.entities()) {
      byEntity.put(e.id(), new ArrayList<>());
    }
    for (Mention m : resolved.mentions()) {
      byEntity.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m);
    }
    List<Extraction.EntityMentions> out = new ArrayList<>();
    for (Entity e : resolved.entities()) {
      out.add(new Extraction.EntityMentions(withSurfaceForms(e, byEntity.get(e.id())), byEntity.get(e.id())));
    }
    return out;
  }

  /** The entity's aliases with the forms this article used added. */
  private static Entity withSurfaceForms(Entity e, List<Mention> mentions) {
    List<String> aliases = new ArrayList<>(e.aliases());
    for (Mention m : mentions) {
      if (!"description".equals(m.rule()) && !"demonym".equals(m.rule()) && !aliases.contains(m.text())) {
        aliases.add(m.text());
      }
    }
    return new Entity(e.id(), e.name(), e.type(), e.country(), e.role(), aliases);
  }
}
