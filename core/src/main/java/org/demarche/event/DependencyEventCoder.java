package org.demarche.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.demarche.event.ActorFinder.Actor;
import org.demarche.model.Entity;
import org.demarche.model.Event;
import org.demarche.model.Place;
import org.demarche.model.PloverType;
import org.demarche.model.Quote;
import org.demarche.model.ResolvedArticle;
import org.demarche.model.Sentence;
import org.demarche.model.Span;
import org.demarche.model.Token;

/**
 * Codes events from dependency parses with the {@link EventLexicon}.
 *
 * <p>For each sentence: every token that a pattern matches is a trigger; {@link RoleFinder}
 * reads its source and target; an event inside a quote whose subject is {@code we} or
 * {@code I} belongs to the speaker; unnamed domestic actors ({@code protesters},
 * {@code police}) act for the country where it happens. A trigger inside the complement of a
 * promise, demand, threat or refusal is its content, not a separate event ({@code urged Russia
 * to return} is one REQUEST). {@link Stance} gives negation and modality, and
 * {@link PloverConventions} turns promised cooperation into AGREE, intended conflict into
 * THREATEN and refused cooperation into REJECT. Conjoined actors give one event per dyad.
 * Thread-safe.
 */
public final class DependencyEventCoder implements EventCoder {

  /** Types that need a recipient (PLOVER manual: "Requires recipient: Yes"). */
  private static final Set<PloverType> RECIPIENT =
      EnumSet.of(PloverType.COOPERATE, PloverType.AID, PloverType.SANCTION);
  /** Types whose conjoined actors act on each other: {@code Azerbaijan and Armenia signed}. */
  private static final Set<PloverType> RECIPROCAL = EnumSet.of(PloverType.AGREE, PloverType.CONSULT,
      PloverType.COOPERATE, PloverType.ASSAULT);
  /** Security forces, whose blocking is coercion rather than protest. */
  private static final Set<String> SECURITY_FORCES = Set.of("troop", "troops", "force", "soldier", "army",
      "police", "military", "guard", "policeman", "officer", "unit");
  /** Cooperation, which within one state is not coded as between its own actors. */
  private static final Set<PloverType> COOPERATION = EnumSet.of(PloverType.AGREE, PloverType.CONSULT,
      PloverType.SUPPORT, PloverType.COOPERATE, PloverType.AID);
  /** Types whose unnamed actors ({@code police}, {@code protesters}) act for the country where it happens. */
  private static final Set<PloverType> DOMESTIC = EnumSet.of(PloverType.PROTEST, PloverType.COERCE,
      PloverType.ASSAULT, PloverType.MOBILIZE);
  private final EventLexicon lexicon;

  /** A coder with the given lexicon. */
  public DependencyEventCoder(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public List<Event> code(ResolvedArticle article, List<Quote> quotes) {
    ActorFinder actors = new ActorFinder(article, quotes);
    RoleFinder roles = new RoleFinder(actors);
    List<Event> out = new ArrayList<>();
    for (Sentence s : article.annotated().sentences()) {
      if (!s.parsed()) {
        continue;
      }
      Tree tree = new Tree(s);
      List<Candidate> candidates = new ArrayList<>();
      for (Token t : s.tokens()) {
        for (EventPattern p : lexicon.match(tree, t.index())) {
          if (p.blocker()) {
            break;
          }
          Candidate c = read(tree, t.index(), p, actors, roles);
          if (c != null) {
            candidates.add(c);
            break;
          }
        }
      }
      // "lodged a protest": the protest is part of the trigger, not an event of its own
      Set<Integer> consumed = new HashSet<>();
      candidates.forEach(c -> consumed.addAll(c.consumed));
      candidates.removeIf(c -> consumed.contains(c.trigger));
      out.addAll(events(article, tree, candidates, roles));
    }
    return out;
  }

  private Candidate read(Tree tree, int trigger, EventPattern p, ActorFinder actors, RoleFinder roles) {
    if (p.pos() == EventPattern.Pos.MODAL) {
      return readDemand(tree, trigger, p, actors, roles);
    }
    RoleFinder.Sources found = p.pos() == EventPattern.Pos.NOUN
        ? roles.ofNoun(tree, trigger, lexicon) : roles.ofVerb(tree, trigger);
    List<Actor> sources = found.actors();
    if (sources.isEmpty()) {
      Actor speaker = actors.speakerOf(tree, trigger, found.subject());
      boolean unnamed = found.subject() >= 0 && commonNoun(tree, found.subject())
          && tree.children(found.subject(), "nmod:poss").isEmpty();
      // "protests broke out in Nukus": a protest needs no named protester
      boolean protest = p.type() == PloverType.PROTEST && p.pos() == EventPattern.Pos.NOUN && found.subject() < 0
          && tree.hangsBy(trigger, "nsubj"); // not "sent troops to respond to protests
      if (speaker == null && DOMESTIC.contains(p.type()) && (unnamed || protest)) {
        speaker = actors.placeOf(tree, p.pos() == EventPattern.Pos.NOUN && tree.head(trigger) >= 0
            ? tree.head(trigger) : trigger, p.type() == PloverType.PROTEST || p.type() == PloverType.COERCE);
      }
      sources = speaker == null ? List.of() : List.of(speaker);
    }
    List<Actor> targets = roles.targets(tree, trigger, p);
    if (targets.isEmpty() && p.pos() == EventPattern.Pos.NOUN && p.type() == PloverType.CONSULT) {
      targets = roles.addressee(tree, trigger); // "Putin apologized to Aliyev in a phone call"
    }
    if (sources.isEmpty() && targets.size() > 1 && p.targets().contains("between")) {
      // "talks between Armenia and Azerbaijan": the first named is the source
      sources = targets.subList(0, 1);
      targets = targets.subList(1, targets.size());
    }
    boolean mutual = sources.size() > 1 && RECIPROCAL.contains(p.type()); // "A and B cooperate"
    boolean later = ActContent.SPEECH_ACTS.contains(p.type()); // may find its target in its complement
    // PLOVER: cooperation, aid and sanctions need a recipient, named or not ("aid to refugees")
    boolean recipient = !RECIPIENT.contains(p.type()) || !targets.isEmpty() || roles.filled(tree, trigger, p);
    if (sources.isEmpty() || (p.targetRequired() && targets.isEmpty() || !recipient) && !mutual && !later) {
      return null;
    }
    Candidate c = new Candidate(trigger, trigger, p, sources, targets);
    c.consumed = lexicon.dependentTokens(tree, trigger, p);
    int head = tree.head(trigger);
    if (p.pos() == EventPattern.Pos.NOUN && head >= 0 && tree.hangsBy(trigger, "obj")
        && RoleFinder.LIGHT_VERBS.contains(tree.lemma(head))) {
      c.anchor = head;
    }
    if (p.type() == PloverType.PROTEST && found.subject() >= 0
        && SECURITY_FORCES.contains(tree.lemma(found.subject()))) {
      // "troops were blocking a road": a state restricting movement, not a protest
      c.type = PloverType.COERCE;
      c.cameo = "191";
    }
    return c;
  }

  /** {@code X said Y must leave}: a demand from the sayer to the subject of the clause. */
  private static Candidate readDemand(Tree tree, int must, EventPattern p, ActorFinder actors,
      RoleFinder roles) {
    int clause = tree.head(must);
    if (clause < 0 || !tree.relation(must).startsWith("aux")) {
      return null;
    }
    List<Actor> targets = new ArrayList<>();
    for (int s : tree.children(clause, "nsubj")) {
      targets.addAll(actors.actorsOf(tree, s, true));
    }
    String rel = tree.relation(clause);
    List<Actor> sources = List.of();
    if (rel.startsWith("ccomp") || rel.startsWith("parataxis")) {
      sources = roles.ofVerb(tree, tree.head(clause)).actors();
    }
    if (sources.isEmpty()) {
      Actor speaker = actors.speakerOf(tree, must, -1);
      sources = speaker == null ? List.of() : List.of(speaker);
    }
    return sources.isEmpty() || targets.isEmpty() ? null : new Candidate(must, clause, p, sources, targets);
  }

  private static boolean commonNoun(Tree tree, int token) {
    String pos = tree.token(token).pos();
    return pos.equals("NN") || pos.equals("NNS") || pos.equals("NNPS");
  }

  private List<Event> events(ResolvedArticle a, Tree tree, List<Candidate> candidates, RoleFinder roles) {
    for (Candidate c : candidates) {
      c.stance = c.pattern.pos() == EventPattern.Pos.MODAL
          ? new Stance(false, org.demarche.model.Modality.ASSERTED, false, false) : Stance.of(tree, c.trigger);
      c.coded = PloverConventions.apply(c.type, c.cameo, c.stance);
    }
    ActContent.suppress(tree, candidates);
    Map<String, Entity> entities = a.entitiesById();
    Sentence s = tree.sentence();
    LocalDate date = Circumstances.date(a, s);
    Place place = Circumstances.place(a, entities, s);
    String issue = Circumstances.issue(a.text(), s);
    List<Event> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Candidate c : candidates) {
      if (c.suppressed) {
        continue;
      }
      Stance stance = c.stance;
      PloverConventions.Coded coded = c.coded;
      List<Actor> targets = c.targets;
      if (targets.isEmpty() && ActContent.SPEECH_ACTS.contains(coded.type())) {
        targets = roles.complementTargets(tree, c.scope, coded.type() == PloverType.REQUEST).stream()
            .filter(t -> c.sources.stream().noneMatch(t::same)).toList();
      }
      List<PloverConventions.Coded> readings = new ArrayList<>();
      readings.add(coded);
      Optional<PloverConventions.Coded> refusal = PloverConventions.refusal(c.type, stance);
      refusal.ifPresent(readings::add);
      for (PloverConventions.Coded reading : readings) {
        boolean negated = stance.negated() && reading.type() != PloverType.REJECT;
        for (Dyad d : dyads(c, targets)) {
          Event e = event(a, tree, c, reading, d, negated, stance, date, place, issue);
          String key = e.type() + "|" + EventKey.actorKey(e.source()) + "|"
              + (e.target() == null ? "-" : EventKey.actorKey(e.target())) + "|" + e.negated();
          if (seen.add(key)) {
            out.add(e);
          }
        }
      }
    }
    return out;
  }

  /** One source-target pair of an event; target may be null. */
  private record Dyad(Actor source, Actor target) {}

  private static List<Dyad> dyads(Candidate c, List<Actor> found) {
    List<Actor> sources = c.sources;
    List<Actor> targets = found;
    if (targets.isEmpty() && sources.size() > 1 && RECIPROCAL.contains(c.pattern.type())) {
      // "Azerbaijan and Armenia signed": one event per dyad, the first actor as source
      targets = sources.subList(1, sources.size());
      sources = sources.subList(0, 1);
    }
    List<Dyad> out = new ArrayList<>();
    for (Actor src : sources) {
      // a meeting needs a partner, unless an organization meets; some patterns need a target
      boolean alone = !c.pattern.targetRequired() && (c.pattern.type() != PloverType.CONSULT
          || src.type() == org.demarche.model.EntityType.ORGANIZATION && src.actor().country() == null);
      boolean paired = false;
      for (Actor tgt : targets) {
        if (src.same(tgt)) {
          continue;
        }
        boolean domestic = src.actor().country() != null && src.actor().country().equals(tgt.actor().country());
        if (domestic && COOPERATION.contains(c.pattern.type())) {
          continue; // "Aliyev offered support to the soldier's family": not between states
        }
        out.add(new Dyad(src, tgt));
        paired = true;
      }
      if (!paired && alone) {
        out.add(new Dyad(src, null));
      }
    }
    return out;
  }

  private static Event event(ResolvedArticle a, Tree tree, Candidate c, PloverConventions.Coded coded,
      Dyad d, boolean negated, Stance stance, LocalDate date, Place place, String issue) {
    Token t = tree.token(c.trigger);
    Sentence s = tree.sentence();
    int start = t.start();
    int end = t.end();
    for (Actor x : new Actor[] {d.source(), d.target()}) {
      if (x != null && x.span() != null && s.span().contains(x.span())) {
        start = Math.min(start, x.span().start());
        end = Math.max(end, x.span().end());
      }
    }
    Span evidence = new Span(start, end);
    return new Event(coded.type(), coded.cameo(), CameoCodes.quadClass(coded.cameo()),
        CameoCodes.standard().goldstein(coded.cameo()), d.source().actor(),
        d.target() == null ? null : d.target().actor(), issue, negated, stance.modality(), date, place,
        s.span(), evidence, evidence.slice(a.text()), t.text());
  }
}
