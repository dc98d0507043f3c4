package org.demarche.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Entity;
import org.demarche.model.EntityType;
import org.demarche.model.Mention;
import org.demarche.model.ResolvedArticle;
import org.demarche.model.Sentence;
import org.demarche.model.Span;
import org.demarche.model.Token;
import org.demarche.resolve.gazetteer.Gazetteer;
import org.demarche.resolve.gazetteer.GazetteerEntry;
import org.demarche.resolve.gazetteer.Office;

/**
 * Resolves mentions by the gazetteer first (known actors take precedence over NER labels),
 * then names that only NER finds, then descriptions such as {@code the Kazakh leader}.
 *
 * <p>Rules, in the order they run:
 * <ol>
 *   <li>longest gazetteer match over the tokens: acronym, alias, demonym, romanization key;
 *   <li>a capital that acts ({@code Ankara's call}, {@code Moscow said}, {@code annexed by
 *       Moscow}) is its country's government; elsewhere it is the city;
 *   <li>an ambiguous name (two Aliyevs) goes to the actor the article names unambiguously, else
 *       to the one in office at the article's date;
 *   <li>NER names the gazetteer does not know become entities of their own ({@link UnknownNames});
 *   <li>descriptions become mentions of the person in that role ({@link Descriptions}).
 * </ol>
 * Thread-safe: all per-article state lives in the call.
 */
public final class GazetteerActorResolver implements ActorResolver {

  private final Gazetteer gazetteer;
  private final AliasIndex index;
  private final UnknownNames unknownNames;
  private final Descriptions descriptions;

  /** A resolver over {@code gazetteer}. Building the index takes some milliseconds: build once. */
  public GazetteerActorResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.index = new AliasIndex(gazetteer);
    this.unknownNames = new UnknownNames(gazetteer, index);
    this.descriptions = new Descriptions(gazetteer, index);
  }

  @Override
  public ResolvedArticle resolve(AnnotatedArticle article) {
    ArticleActors actors = new ArticleActors(gazetteer, article.article().published());
    List<Candidate> candidates = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      matchGazetteer(article.text(), s, candidates);
    }
    Set<String> certain = new HashSet<>();
    for (Candidate c : candidates) {
      if (c.hits().size() == 1) {
        certain.add(c.hits().get(0).entry().id());
      }
    }
    for (Candidate c : candidates) {
      AliasIndex.Hit hit = choose(c.hits(), certain, actors.date());
      GazetteerEntry entry = hit.entry();
      String rule = hit.match().rule;
      if (entry.capitalOf() != null && Roles.actsAsGovernment(c.sentence(), c.first(), c.last())) {
        entry = gazetteer.country(entry.capitalOf());
        rule = "capital-government";
      }
      if (entry != null) {
        actors.add(entry, c.span(), c.text(), rule);
      }
    }
    unknownNames.resolve(article, actors);
    descriptions.resolve(article, actors);
    return actors.toResolved(article);
  }

  private void matchGazetteer(String text, Sentence s, List<Candidate> out) {
    List<Token> tokens = s.tokens();
    int i = 0;
    while (i < tokens.size()) {
      Token first = tokens.get(i);
      if (!startsName(first.text())) {
        i++;
        continue;
      }
      int matched = 0;
      for (int n = Math.min(index.maxWords(), tokens.size() - i); n >= 1 && matched == 0; n--) {
        Token last = tokens.get(i + n - 1);
        if (n > 1 && !hasLetter(last.text())) {
          continue;
        }
        String surface = text.substring(first.start(), last.end());
        if (surface.indexOf('\n') >= 0) {
          continue;
        }
        List<AliasIndex.Hit> hits = index.lookup(surface);
        if (!hits.isEmpty()) {
          out.add(new Candidate(new Span(first.start(), last.end()), surface, hits, s, i, i + n - 1));
          matched = n;
        }
      }
      if (matched == 0 && first.text().indexOf('-') > 0) {
        matchHyphenParts(first, s, out);
      }
      i += Math.max(matched, 1);
    }
  }

  /** {@code Russia-backed}, {@code Türkiye-Kazakhstan}: names inside a hyphenated token. */
  private void matchHyphenParts(Token token, Sentence s, List<Candidate> out) {
    String t = token.text();
    int from = 0;
    while (from < t.length()) {
      int to = t.indexOf('-', from);
      if (to < 0) {
        to = t.length();
      }
      String part = t.substring(from, to);
      if (startsName(part)) {
        List<AliasIndex.Hit> hits = index.lookup(part);
        if (!hits.isEmpty()) {
          Span span = new Span(token.start() + from, token.start() + to);
          out.add(new Candidate(span, part, hits, s, token.index(), token.index()));
        }
      }
      from = to + 1;
    }
  }

  private static AliasIndex.Hit choose(
      List<AliasIndex.Hit> hits, Set<String> certain, LocalDate date) {
    if (hits.size() == 1) {
      return hits.get(0);
    }
    for (AliasIndex.Hit h : hits) {
      if (certain.contains(h.entry().id())) {
        return h;
      }
    }
    return hits.stream()
        .max(Comparator.comparingInt((AliasIndex.Hit h) -> inOffice(h.entry(), date))
            .thenComparingInt(h -> -hits.indexOf(h)))
        .orElseThrow();
  }

  private static int inOffice(GazetteerEntry e, LocalDate date) {
    if (e.offices().isEmpty()) {
      return e.type() == EntityType.PERSON ? 0 : 1;
    }
    LocalDate when = date == null ? LocalDate.now() : date;
    for (Office o : e.offices()) {
      if (o.covers(when)) {
        return 2;
      }
    }
    return 0;
  }

  static boolean startsName(String s) {
    return !s.isEmpty() && (Character.isUpperCase(s.codePointAt(0)) || Character.isDigit(s.charAt(0)) && s.length() > 1 && Character.isUpperCase(s.charAt(s.length() - 1)));
  }

  static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A gazetteer match before the choice among its entries. */
  private record Candidate(
      Span span, String text, List<AliasIndex.Hit> hits, Sentence sentence, int first, int last) {}

  /** Per-article state: the entities found so far and their mentions. Not thread-safe. */
  static final class ArticleActors {
    private final Gazetteer gazetteer;
    private final LocalDate date;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, GazetteerEntry> known = new LinkedHashMap<>();
    private final List<Mention> mentions = new ArrayList<>();

    ArticleActors(Gazetteer gazetteer, LocalDate date) {
      this.gazetteer = gazetteer;
      this.date = date;
    }

    LocalDate date() {
      return date;
    }

    /** Adds a mention of a gazetteer entry. */
    void add(GazetteerEntry entry, Span span, String text, String rule) {
      entities.computeIfAbsent(entry.id(), id -> toEntity(entry));
      known.putIfAbsent(entry.id(), entry);
      mentions.add(new Mention(span, text, entry.id(), rule));
    }

    /** Adds a mention of an entity the gazetteer does not know. */
    void add(Entity entity, Span span, String text, String rule) {
      entities.putIfAbsent(entity.id(), entity);
      mentions.add(new Mention(span, text, entity.id(), rule));
    }

    boolean covered(Span span) {
      for (Mention m : mentions) {
        if (m.span().overlaps(span)) {
          return true;
        }
      }
      return false;
    }

    List<Mention> mentions() {
      return mentions;
    }

    Entity entity(String id) {
      return entities.get(id);
    }

    Map<String, Entity> entities() {
      return entities;
    }

    GazetteerEntry gazetteerEntry(String id) {
      return known.get(id);
    }

    Gazetteer gazetteer() {
      return gazetteer;
    }

    Entity toEntity(GazetteerEntry e) {
      Office office = e.officeAt(date);
      String country = office != null && office.country() != null ? office.country() : e.country();
      List<String> aliases = new ArrayList<>();
      for (String a : e.aliases()) {
        if (aliases.size() >= 12) {
          break;
        }
        if (!aliases.contains(a)) {
          aliases.add(a);
        }
      }
      if (!aliases.contains(e.name())) {
        aliases.add(0, e.name());
      }
      return new Entity(e.id(), e.name(), e.type(), country, office == null ? null : office.role(), aliases);
    }

    ResolvedArticle toResolved(AnnotatedArticle article) {
      mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(m -> -m.end()));
      Map<String, Integer> first = new LinkedHashMap<>();
      for (Mention m : mentions) {
        first.putIfAbsent(m.entityId(), m.start());
      }
      List<Entity> ordered = new ArrayList<>();
      for (String id : first.keySet()) {
        ordered.add(entities.get(id));
      }
      return new ResolvedArticle(article, ordered, mentions);
    }
  }
}
