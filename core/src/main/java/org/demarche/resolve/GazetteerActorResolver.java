package org.demarche.resolve;

import java.util.ArrayList;
import java.util.List;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.EntityType;
import org.demarche.model.ResolvedArticle;
import org.demarche.model.Sentence;
import org.demarche.model.Span;
import org.demarche.resolve.gazetteer.Gazetteer;
import org.demarche.resolve.gazetteer.GazetteerEntry;

/**
 * Resolves mentions by the gazetteer first (known actors take precedence over NER labels),
 * then names that only NER finds, then descriptions such as {@code the Kazakh leader}.
 *
 * <p>Rules, in the order they run:
 * <ol>
 *   <li>the names the gazetteer knows, longest first ({@link NameMatcher}): acronym, alias,
 *       demonym, romanization key;
 *   <li>a person's name inside a longer name whose other words are not that person's is no
 *       mention of them ({@link PartialNames}: {@code Michel} in {@code General Michel Aoun});
 *   <li>an ambiguous name goes to the reading the article and the sentence are about ({@link
 *       HitChooser}: two Aliyevs, the Ukrainian and the Kazakh Lugansk);
 *   <li>a capital that acts ({@code Ankara's call}, {@code Moscow said}, {@code annexed by
 *       Moscow}) is its country's government, a seat of an organization that acts ({@code
 *       Brussels pressed}) is the organization; elsewhere it is the city ({@link CapitalRoles});
 *   <li>an organization NER finds around a country or place name is an organization of its own
 *       ({@code Azerbaijan Airlines}), unless it is a part of government ({@code Kazakh Foreign
 *       Ministry} stays a mention of Kazakhstan); so is a structure ({@code Europe Bridge}) ({@link
 *       EnclosingNames});
 *   <li>NER names the gazetteer does not know: surnames and given names of people named before,
 *       near-spellings of known actors, else entities of their own with their country from the
 *       context ({@link UnknownNames});
 *   <li>descriptions become mentions of the person in that role ({@link Descriptions}).
 * </ol>
 * Thread-safe: all per-article state lives in the call.
 */
public final class GazetteerActorResolver implements ActorResolver {

  private final Gazetteer gazetteer;
  private final AliasIndex index;
  private final NameMatcher matcher;
  private final HitChooser chooser = new HitChooser();
  private final PartialNames partialNames = new PartialNames();
  private final SimilarNames similar;
  private final EnclosingNames enclosingNames;
  private final UnknownNames unknownNames;
  private final Descriptions descriptions;

  /** A resolver over {@code gazetteer}. Building the index takes some milliseconds: build once. */
  public GazetteerActorResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.index = new AliasIndex(gazetteer);
    this.matcher = new NameMatcher(index);
    this.similar = new SimilarNames(gazetteer);
    this.enclosingNames = new EnclosingNames(similar);
    this.unknownNames = new UnknownNames(gazetteer, similar);
    this.descriptions = new Descriptions(gazetteer, index);
  }

  @Override
  public ResolvedArticle resolve(AnnotatedArticle article) {
    ArticleActors actors = new ArticleActors(article.article().published());
    List<Candidate> candidates = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      candidates.addAll(matcher.match(article.text(), s));
    }
    candidates = partialNames.filter(article, candidates);
    candidates = enclosingNames.resolve(article, candidates, actors);
    ArticleContext context = new ArticleContext(article, candidates, actors.date());
    for (Candidate c : candidates) {
      Reading r = read(article, c, context, actors);
      if (r.entry() != null) {
        actors.add(r.entry(), c.span(), c.text(), r.rule());
      }
    }
    unknownNames.resolve(article, actors, context);
    descriptions.resolve(article, actors);
    return actors.toResolved(article);
  }

  AliasIndex index() {
    return index;
  }

  NameMatcher matcher() {
    return matcher;
  }

  HitChooser chooser() {
    return chooser;
  }

  SimilarNames similar() {
    return similar;
  }

  /** What a candidate resolves to and by which rule. */
  record Reading(GazetteerEntry entry, String rule, HitChooser.Choice choice, CapitalRoles.Decision role) {}

  Reading read(AnnotatedArticle article, Candidate c, ArticleContext context, ArticleActors actors) {
    HitChooser.Choice choice = chooser.choose(c, context, actors.date());
    GazetteerEntry entry = choice.hit().entry();
    String rule = choice.hit().match().rule;
    GazetteerEntry seatOf = entry.type() == EntityType.LOCATION ? index.seatOf(c.text()) : null;
    if (entry.capitalOf() == null && seatOf == null) {
      return new Reading(entry, rule, choice, null);
    }
    Span dateline = article.dateline() == null ? null : article.dateline().span();
    CapitalRoles.Decision d = CapitalRoles.read(c.sentence(), c.first(), c.last(),
        dateline != null && dateline.contains(c.span()));
    if (!d.acts()) {
      return new Reading(entry, rule, choice, d);
    }
    if (seatOf != null) {
      return new Reading(seatOf, "seat-organization", choice, d);
    }
    return new Reading(gazetteer.country(entry.capitalOf()), "capital-government", choice, d);
  }
}
