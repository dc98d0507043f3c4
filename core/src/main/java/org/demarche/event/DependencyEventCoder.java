package org.demarche.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demarche.model.Dateline;
import org.demarche.model.Entity;
import org.demarche.model.EntityType;
import org.demarche.model.Event;
import org.demarche.model.EventActor;
import org.demarche.model.Mention;
import org.demarche.model.Modality;
import org.demarche.model.Place;
import org.demarche.model.Quote;
import org.demarche.model.ResolvedArticle;
import org.demarche.model.Sentence;
import org.demarche.model.Span;
import org.demarche.model.Timex;
import org.demarche.model.Token;

/**
 * Codes events from dependency parses with the {@link EventLexicon}: a trigger word, its
 * subject as source (the agent of a passive), its object or prepositional phrase as target
 * (the possessor in {@code support Kazakhstan's territorial integrity}), one event per dyad of
 * conjoined actors, negation, modality, date, place and evidence. An event inside a quote whose
 * subject is {@code we} or {@code I} belongs to the quote's speaker. Thread-safe.
 */
public final class DependencyEventCoder implements EventCoder {

  private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "no", "neither", "nor");
  /** Verbs whose complement did not happen: {@code refrained from joining}. */
  private static final Set<String> NEGATING_VERBS =
      Set.of("refrain", "refuse", "decline", "fail", "avoid", "deny", "reject");
  private static final Set<String> FIRST_PERSON = Set.of("we", "i", "us", "our");
  private static final Set<String> INTENT_VERBS =
      Set.of("expect", "plan", "intend", "hope", "want", "aim", "seek", "agree", "offer",
          "propose", "prepare", "promise", "pledge", "vow", "decide", "wish", "schedule");

  private final EventLexicon lexicon;

  /** A coder with the given lexicon. */
  public DependencyEventCoder(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public List<Event> code(ResolvedArticle article, List<Quote> quotes) {
    List<Event> out = new ArrayList<>();
    Map<String, Entity> entities = article.entitiesById();
    for (Sentence s : article.annotated().sentences()) {
      if (!s.parsed()) {
        continue;
      }
      Tree tree = new Tree(s);
      Set<String> seen = new HashSet<>();
      for (Token t : s.tokens()) {
        List<EventPattern> patterns = t.isPos("VB") ? lexicon.verb(tree.lemma(t.index()))
            : t.isPos("NN") ? lexicon.noun(tree.lemma(t.index())) : List.of();
        for (EventPattern p : patterns) {
          List<Event> events = code(article, entities, quotes, tree, t.index(), p);
          for (Event e : events) {
            String key = e.type() + "|" + key(e.source()) + "|" + key(e.target());
            if (seen.add(key)) {
              out.add(e);
            }
          }
          if (!events.isEmpty()) {
            break;
          }
        }
      }
    }
    return out;
  }

  private List<Event> code(ResolvedArticle a, Map<String, Entity> entities, List<Quote> quotes,
      Tree tree, int trigger, EventPattern p) {
    List<Actor> sources = sources(a, entities, tree, trigger, p);
    if (sources.isEmpty()) {
      Actor speaker = speakerOf(a, entities, quotes, tree, trigger);
      if (speaker == null) {
        return List.of();
      }
      sources = List.of(speaker);
    }
    List<Actor> targets = targets(a, entities, tree, trigger, p);
    if (targets.isEmpty() && sources.size() > 1) {
      // "Azerbaijan and Armenia signed": one event per dyad, first actor as source
      targets = sources.subList(1, sources.size());
      sources = sources.subList(0, 1);
    }
    boolean negated = negated(tree, trigger);
    Modality modality = modality(tree, trigger);
    LocalDate date = date(a, tree.sentence());
    Place place = place(a, entities, tree.sentence());
    List<Event> out = new ArrayList<>();
    for (Actor src : sources) {
      if (targets.isEmpty()) {
        out.add(event(a, tree, trigger, p, src, null, negated, modality, date, place));
      }
      for (Actor tgt : targets) {
        if (!src.actor.equals(tgt.actor) && !(src.actor.entity() != null
            && src.actor.entity().equals(tgt.actor.entity()))) {
          out.add(event(a, tree, trigger, p, src, tgt, negated, modality, date, place));
        }
      }
    }
    return out;
  }

  private Event event(ResolvedArticle a, Tree tree, int trigger, EventPattern p, Actor src,
      Actor tgt, boolean negated, Modality modality, LocalDate date, Place place) {
    Token t = tree.token(trigger);
    int start = Math.min(t.start(), src.span == null ? t.start() : src.span.start());
    int end = Math.max(t.end(), tgt == null || tgt.span == null ? t.end() : tgt.span.end());
    Sentence s = tree.sentence();
    start = Math.max(start, s.start());
    end = Math.min(end, s.end());
    Span evidence = new Span(start, end);
    return new Event(p.type(), p.cameo(), CameoCodes.quadClass(p.cameo()),
        CameoCodes.standard().goldstein(p.cameo()), src.actor, tgt == null ? null : tgt.actor,
        issue(a.text(), s), negated, modality, date, place, s.span(), evidence,
        evidence.slice(a.text()), t.text());
  }

  /** An actor found in the sentence, with where it stands (null for a quote's speaker). */
  private record Actor(EventActor actor, Span span) {}

  private List<Actor> sources(ResolvedArticle a, Map<String, Entity> entities, Tree tree,
      int trigger, EventPattern p) {
    int node = trigger;
    for (int hops = 0; hops < 4 && node >= 0; hops++) {
      List<Integer> agents = new ArrayList<>();
      for (int c : tree.children(node, "obl")) {
        if ("by".equals(tree.preposition(c)) && !tree.children(node, "nsubj:pass").isEmpty()) {
          agents.add(c);
        }
      }
      List<Integer> subjects = agents.isEmpty() ? tree.children(node, "nsubj") : agents;
      if (agents.isEmpty()) {
        subjects.removeIf(i -> tree.relation(i).equals("nsubj:pass"));
      }
      if (!subjects.isEmpty()) {
        return actorsOf(a, entities, tree, subjects.get(0), true);
      }
      if (p.noun() && hops == 0) {
        List<Integer> poss = tree.children(node, "nmod:poss");
        if (!poss.isEmpty()) {
          return actorsOf(a, entities, tree, poss.get(0), true);
        }
      }
      String rel = tree.relation(node);
      if (!(rel.startsWith("xcomp") || rel.startsWith("obj") || rel.startsWith("conj")
          || rel.startsWith("nsubj") && p.noun() || rel.equals("advcl") || rel.startsWith("nmod") && p.noun())) {
        return List.of();
      }
      node = tree.head(node);
    }
    return List.of();
  }

  private List<Actor> targets(ResolvedArticle a, Map<String, Entity> entities, Tree tree,
      int trigger, EventPattern p) {
    for (String where : p.targets()) {
      if (where.equals("none")) {
        return List.of();
      }
      if (where.equals("obj")) {
        for (int o : tree.children(trigger, "obj")) {
          List<Actor> found = actorsOf(a, entities, tree, o, false);
          if (!found.isEmpty()) {
            return found;
          }
        }
        continue;
      }
      for (int c : childrenWithPreposition(tree, trigger, where)) {
        List<Actor> found = actorsOf(a, entities, tree, c, false);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  private static List<Integer> childrenWithPreposition(Tree tree, int head, String prep) {
    List<Integer> out = new ArrayList<>();
    List<Integer> candidates = new ArrayList<>(tree.children(head, "obl"));
    candidates.addAll(tree.children(head, "nmod"));
    for (int c : candidates) {
      if (prep.equals(tree.preposition(c))) {
        out.add(c);
      }
    }
    return out;
  }

  /** The actors named in the phrase headed by {@code head}: the head's own, then its conjuncts'. */
  private List<Actor> actorsOf(ResolvedArticle a, Map<String, Entity> entities, Tree tree,
      int head, boolean subject) {
    List<Actor> out = new ArrayList<>();
    Actor own = actorIn(a, entities, tree, tree.phrase(head, false), head);
    if (own != null) {
      out.add(own);
    }
    for (int c : tree.children(head, "conj")) {
      Actor other = actorIn(a, entities, tree, tree.phrase(c, false), c);
      if (other != null && out.stream().noneMatch(x -> x.actor.equals(other.actor))) {
        out.add(other);
      }
    }
    return out;
  }

  /** The actor mention in {@code tokens} nearest the head, persons and states before places. */
  private static Actor actorIn(ResolvedArticle a, Map<String, Entity> entities, Tree tree,
      BitSet tokens, int head) {
    Sentence s = tree.sentence();
    Mention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Mention m : a.mentionsIn(s.span())) {
      Entity e = entities.get(m.entityId());
      if (e == null || e.type() == EntityType.LOCATION || e.type() == EntityType.OTHER) {
        continue;
      }
      int tok = s.tokenAt(m.start());
      if (tok < 0 || !tokens.get(tok)) {
        continue;
      }
      int lastTok = s.tokenAt(Math.max(m.start(), m.end() - 1));
      int distance = Math.min(Math.abs(tok - head), Math.abs(lastTok - head));
      if (e.type() == EntityType.PERSON) {
        distance -= 1; // "Kazakh President Tokayev": the person, not the demonym
      }
      if (distance < bestDistance) {
        best = m;
        bestDistance = distance;
      }
    }
    if (best == null) {
      return null;
    }
    Entity e = entities.get(best.entityId());
    return new Actor(new EventActor(e.id(), e.country(), best.text()), best.span());
  }

  /** {@code "We will continue to support ...," Erdoğan said}: the speaker is the source. */
  private static Actor speakerOf(ResolvedArticle a, Map<String, Entity> entities, List<Quote> quotes,
      Tree tree, int trigger) {
    Token t = tree.token(trigger);
    for (Quote q : quotes) {
      if (q.span().start() <= t.start() && t.end() <= q.span().end() && q.speakerId() != null) {
        List<Integer> subjects = tree.children(trigger, "nsubj");
        boolean firstPerson = subjects.isEmpty()
            || FIRST_PERSON.contains(tree.lemma(subjects.get(0)))
            || FIRST_PERSON.contains(tree.token(subjects.get(0)).text().toLowerCase());
        Entity e = entities.get(q.speakerId());
        if (firstPerson && e != null) {
          return new Actor(new EventActor(e.id(), e.country(), q.speakerText()), null);
        }
      }
    }
    return null;
  }

  private static boolean negated(Tree tree, int trigger) {
    int node = trigger;
    for (int hops = 0; hops < 3 && node >= 0; hops++) {
      for (int c : tree.children(node, "advmod")) {
        if (NEGATORS.contains(tree.lemma(c))) {
          return true;
        }
      }
      for (int c : tree.children(node, "cc:preconj")) {
        if (tree.lemma(c).equals("neither")) {
          return true;
        }
      }
      if (!tree.children(node, "neg").isEmpty()) {
        return true;
      }
      int head = tree.head(node);
      String rel = tree.relation(node);
      if (head >= 0 && (rel.startsWith("xcomp") || rel.startsWith("advcl")) && NEGATING_VERBS.contains(tree.lemma(head))) {
        return true;
      }
      if (!(rel.startsWith("xcomp") || rel.startsWith("conj") || rel.startsWith("obj"))) {
        break;
      }
      node = head;
    }
    return false;
  }

  private static Modality modality(Tree tree, int trigger) {
    int node = trigger;
    for (int hops = 0; hops < 3 && node >= 0; hops++) {
      for (int c : tree.children(node, "aux")) {
        String aux = tree.lemma(c);
        if (aux.equals("will") || aux.equals("shall") || aux.equals("'ll")) {
          return Modality.FUTURE;
        }
        if (aux.equals("would") || aux.equals("could") || aux.equals("may") || aux.equals("might")) {
          return Modality.CONDITIONAL;
        }
      }
      int head = tree.head(node);
      String rel = tree.relation(node);
      if (head >= 0 && rel.startsWith("xcomp") && INTENT_VERBS.contains(tree.lemma(head))) {
        return Modality.REPORTED_INTENT;
      }
      if (!(rel.startsWith("xcomp") || rel.startsWith("obj"))) {
        break;
      }
      node = head;
    }
    return Modality.ASSERTED;
  }

  private static LocalDate date(ResolvedArticle a, Sentence s) {
    for (Timex t : a.annotated().timexes()) {
      if (s.span().contains(t.span()) && t.value() != null && t.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(t.value());
      }
    }
    return a.annotated().article().published();
  }

  private static Place place(ResolvedArticle a, Map<String, Entity> entities, Sentence s) {
    for (Mention m : a.mentionsIn(s.span())) {
      Entity e = entities.get(m.entityId());
      if (e != null && e.type() == EntityType.LOCATION) {
        String before = a.text().substring(Math.max(0, m.start() - 4), m.start());
        if (before.endsWith("in ") || before.endsWith("at ")) {
          return new Place(e.name(), e.country());
        }
      }
    }
    Dateline d = a.annotated().dateline();
    return d == null || d.place() == null ? null : new Place(d.place(), d.country());
  }

  private static final List<String> ISSUES = List.of("territorial integrity", "sovereignty",
      "independence", "ceasefire", "cease-fire", "peace", "grain deal", "trade", "energy",
      "security", "border", "sanctions", "transport", "nuclear", "human rights", "terrorism",
      "water", "investment", "climate", "elections");

  private static String issue(String text, Sentence s) {
    String sentence = s.span().slice(text).toLowerCase();
    for (String issue : ISSUES) {
      if (sentence.contains(issue)) {
        return issue;
      }
    }
    return null;
  }

  private static String key(EventActor a) {
    return a == null ? "-" : a.entity() != null ? a.entity() : a.country();
  }
}
