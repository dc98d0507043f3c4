package org.demarche.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Article;
import org.demarche.model.PublishedBasis;
import org.demarche.model.Sentence;
import org.demarche.resolve.gazetteer.Gazetteer;
import org.demarche.resolve.gazetteer.GazetteerEntry;
import org.demarche.resolve.gazetteer.NameKey;

/**
 * Explains what a name (or a short phrase around one) resolves to and why, by the resolver's own
 * rules: the match and the spelling variant, the choice among several entries, the role of a
 * capital, the tenure at a date. Without NLP: the phrase is cut into plain tokens, so cues that
 * need parts of speech ({@code Moscow warned}) do not apply, while words ({@code former
 * President Aliyev}, {@code Ankara's call}) do. Thread-safe.
 */
public final class ActorExplainer {

  private final Gazetteer gazetteer;
  private final GazetteerActorResolver resolver;

  /** An explainer over {@code gazetteer}. */
  public ActorExplainer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.resolver = new GazetteerActorResolver(gazetteer);
  }

  /**
   * Explains {@code text} as it would resolve in an article of {@code date}.
   *
   * @param text a name or a short phrase, never blank
   * @param date the article's date, or null for an undated article
   */
  public Explanation explain(String text, LocalDate date) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("nothing to explain: the name is blank");
    }
    Article article = new Article("explain", "explain", null, date,
        date == null ? null : PublishedBasis.METADATA, text, Map.of());
    Sentence sentence = PlainTokens.sentence(text, 0, 0);
    AnnotatedArticle annotated = new AnnotatedArticle(article, null, List.of(sentence), List.of(), List.of());
    List<Candidate> candidates = resolver.matcher().match(text, sentence);
    ArticleContext context = new ArticleContext(annotated, candidates, date);
    List<Explanation.Name> names = new ArrayList<>();
    for (Candidate c : candidates) {
      names.add(explain(annotated, c, context, date));
    }
    if (names.isEmpty()) {
      Explanation.Name similar = similar(text, date);
      if (similar != null) {
        names.add(similar);
      }
    }
    String slug = names.isEmpty() && !NameKey.fold(text).isEmpty() ? NameKey.slug(text) : null;
    return new Explanation(text, date, names, slug);
  }

  private Explanation.Name explain(AnnotatedArticle article, Candidate c, ArticleContext context,
      LocalDate date) {
    GazetteerActorResolver.Reading chosen =
        resolver.read(article, c, context, new ArticleActors(date));
    List<Explanation.Reading> readings = new ArrayList<>();
    for (AliasIndex.Hit h : c.hits()) {
      boolean isChosen = h == chosen.choice().hit();
      HitChooser.Choice score = resolver.chooser().score(h, c, context, date);
      String why = c.unambiguous() ? "the only entry of that name"
          : "score " + score.score() + ": " + score.reason();
      GazetteerEntry resolved = isChosen ? chosen.entry() : h.entry();
      String role = isChosen && chosen.role() != null
          ? (chosen.role().acts() ? "acts" : "a place") + " (" + chosen.role().cue() + ")" : null;
      readings.add(new Explanation.Reading(h.entry().id(), h.entry().name(), h.entry().type(),
          h.match().rule, variant(h, c.text()), isChosen, why, role, resolved.id(),
          resolved.standingAt(date), h.entry().provenance()));
    }
    readings.sort((a, b) -> Boolean.compare(b.chosen(), a.chosen()));
    return new Explanation.Name(c.text(), NameKey.fold(c.text()), NameKey.key(c.text()), readings);
  }

  private Explanation.Name similar(String text, LocalDate date) {
    SimilarNames similar = resolver.similar();
    GazetteerEntry e = similar.person(text, null);
    if (e == null) {
      e = similar.organization(text, null);
    }
    if (e == null) {
      e = similar.country(text, null);
    }
    if (e == null) {
      return null;
    }
    Explanation.Reading r = new Explanation.Reading(e.id(), e.name(), e.type(), "similar-name",
        e.name(), true, "spelled like it (Jaro-Winkler over romanization keys)", null, e.id(),
        e.standingAt(date), e.provenance());
    return new Explanation.Name(text, NameKey.fold(text), NameKey.key(text), List.of(r));
  }

  /** The gazetteer spelling {@code surface} matched: the alias with its fold or key, or a demonym. */
  private static String variant(AliasIndex.Hit h, String surface) {
    GazetteerEntry e = h.entry();
    String fold = NameKey.fold(surface);
    String key = NameKey.key(surface);
    List<String> names = new ArrayList<>(e.aliases());
    names.addAll(e.demonyms());
    for (String a : names) {
      if (a.equals(surface)) {
        return a;
      }
    }
    for (String a : names) {
      if (NameKey.fold(AliasIndex.stripArticle(a)).equals(fold)) {
        return a;
      }
    }
    for (String a : names) {
      if (NameKey.key(AliasIndex.stripArticle(a)).equals(key)) {
        return a;
      }
    }
    return surface.replace(".", "").equals(e.name()) ? e.name() : surface;
  }
}
