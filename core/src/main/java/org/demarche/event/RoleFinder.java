package org.demarche.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.demarche.event.ActorFinder.Actor;
import org.demarche.model.EntityType;
import org.demarche.model.PloverType;

/**
 * Reads who acts and at whom from the dependency structure around a trigger: the subject or
 * passive agent as source, climbing through control and raising verbs ({@code X agreed to sign},
 * {@code X is expected to visit}, {@code urged X to return}); for a noun, its possessor, its
 * {@code by} phrase, or the subject of the light verb it completes ({@code X held talks}); the
 * target where the pattern says it stands. One instance per article; not thread-safe.
 */
final class RoleFinder {

  /** Verbs that only carry a noun's event: {@code held talks}, {@code imposed sanctions}. */
  static final Set<String> LIGHT_VERBS = Set.of("hold", "have", "conduct", "launch", "make", "stage",
      "begin", "start", "continue", "pay", "express", "reiterate", "voice", "extend", "give",
      "impose", "announce", "reach", "carry", "mount", "resume", "issue", "lodge", "file", "take",
      "deliver", "organize", "organise", "declare", "wage", "step", "intensify", "expand", "deepen",
      "strengthen", "boost", "enhance", "develop", "promote", "undertake", "initiate", "conclude",
      "finalize", "complete", "seal", "strike", "offer", "send", "convey", "renew", "unveil", "introduce", "approve", "adopt", "tighten", "escalate", "commit", "perpetrate",
      "plan", "prepare", "threaten", "pledge", "join", "attend", "lead", "host", "chair", "open");
  /** Verbs of saying whose object is never the one spoken to. */
  private static final Set<String> SAYING = Set.of("say", "state", "declare", "announce", "add");
  /** Prepositions of a setting rather than a role: {@code during the talks}, {@code at a meeting}. */
  private static final Set<String> SETTING = Set.of("during", "at", "in", "after", "before",
      "following", "for", "amid", "on", "ahead of", "on the sidelines of", "within");

  /** The sources found, and the subject token they were read from (-1 when there was none). */
  record Sources(List<Actor> actors, int subject) {

    static final Sources NONE = new Sources(List.of(), -1);
  }

  private final ActorFinder actors;

  RoleFinder(ActorFinder actors) {
    this.actors = actors;
  }

  /** The source of the event a verb carries. */
  Sources ofVerb(Tree tree, int verb) {
    int node = verb;
    boolean raised = false;
    for (int hops = 0; hops < 5 && node >= 0; hops++) {
      List<Integer> agents = new ArrayList<>(tree.children(node, "obl:agent"));
      if (tree.passive(node)) {
        for (int c : tree.children(node, "obl")) {
          if ("by".equals(tree.preposition(c))) {
            agents.add(c);
          }
        }
      }
      List<Integer> subjects = new ArrayList<>(tree.children(node, "nsubj"));
      if (!raised) {
        subjects.removeIf(i -> tree.relation(i).equals("nsubj:pass"));
      }
      if (agents.isEmpty() && subjects.isEmpty()) {
        agents.addAll(tree.children(node, "nmod:poss")); // a gerund: "Azerbaijan's shelling of"
      }
      int subject = !agents.isEmpty() ? agents.get(0) : subjects.isEmpty() ? -1 : subjects.get(0);
      if (subject >= 0) {
        return new Sources(actors.actorsOf(tree, subject, true), subject);
      }
      if (!raised && !tree.children(node, "nsubj:pass").isEmpty()) {
        return Sources.NONE; // "until the investigation is completed": no agent, and none above
      }
      String rel = tree.relation(node);
      int head = tree.head(node);
      if (head < 0) {
        break;
      }
      if ((rel.equals("dep") || rel.startsWith("ccomp")) && SAYING.contains(tree.lemma(head))
          && !tree.children(head, "obj").isEmpty()) {
        // "said Türkiye "will always stand by"": the parser made the subject the sayer's object
        int o = tree.children(head, "obj").get(0);
        return new Sources(actors.actorsAt(tree, o), o);
      }
      if (rel.startsWith("xcomp")) {
        for (int o : tree.children(head, "obj")) {
          // object control: "urged Russia to return", the object is the one who returns
          List<Actor> controller = actors.actorsAt(tree, o);
          if (!controller.isEmpty()) {
            return new Sources(controller, o);
          }
        }
        raised = true; // "X is expected to visit": the passive subject is the visitor
      } else if (rel.equals("acl")) {
        // "troops opening fire": the noun an active participle modifies; "soldiers killed"
        // names the victims, not the agents
        if (tree.token(node).pos().equals("VBN")) {
          return Sources.NONE;
        }
        List<Actor> modified = actors.actorsOf(tree, head, true);
        int governor = tree.head(head);
        if (!modified.isEmpty() || !tree.hangsBy(head, "obj") || !LIGHT_VERBS.contains(tree.lemma(governor))) {
          return new Sources(modified, head);
        }
        node = governor; // "issued a declaration demanding": who issued it
        continue;
      } else if (!(rel.startsWith("conj") || rel.equals("advcl") || rel.startsWith("advcl:")
          || rel.equals("dep") && tree.token(node).pos().equals("VBG"))) {
        break; // ("resume shelling" is often parsed as dep)
      }
      node = head;
    }
    return Sources.NONE;
  }

  /**
   * The source of the event a noun carries: its possessor ({@code Russia's invasion}), its
   * {@code by} phrase, its copular subject, the source of the light verb it completes or the
   * verb it is the setting of ({@code made remarks during a meeting with X}), else conjoined or
   * adjectival demonyms ({@code Kyrgyz-Tajik talks}, {@code Azerbaijani aggression}).
   */
  Sources ofNoun(Tree tree, int noun, EventLexicon lexicon) {
    for (int p : tree.children(noun, "nmod:poss")) {
      List<Actor> found = actors.actorsOf(tree, p, true);
      if (!found.isEmpty() || Set.of("our", "my").contains(tree.text(p))) {
        return new Sources(found, p); // "our support": a quote's speaker, if any
      }
    }
    for (int c : tree.children(noun, "nmod")) {
      if ("by".equals(tree.preposition(c))) {
        return new Sources(actors.actorsOf(tree, c, true), c);
      }
    }
    for (int c : tree.children(noun, "nsubj")) {
      return new Sources(actors.actorsOf(tree, c, true), c);
    }
    int anchor = noun;
    if (tree.hangsBy(noun, "nmod:of") && tree.head(noun) >= 0 && tree.token(tree.head(noun)).pos().startsWith("NN")) {
      anchor = tree.head(noun); // "launched ten days of war games", "a series of talks"
    }
    String rel = tree.relation(anchor);
    int verb = tree.head(anchor);
    if (verb >= 0 && tree.token(verb).pos().startsWith("VB")) {
      boolean light = (rel.startsWith("obj") || rel.equals("nsubj:pass") || rel.startsWith("xcomp"))
          && LIGHT_VERBS.contains(tree.lemma(verb));
      boolean setting = rel.startsWith("obl") && SETTING.contains(String.valueOf(tree.preposition(anchor)))
          && lexicon.match(tree, verb).isEmpty();
      if (light || setting) {
        Sources s = ofVerb(tree, verb);
        if (!s.actors().isEmpty() || s.subject() >= 0) {
          return s;
        }
      }
    } else if (verb >= 0 && rel.startsWith("conj")) {
      return ofNoun(tree, verb, lexicon);
    }
    List<Actor> modifiers = new ArrayList<>();
    for (int m : tree.allChildren(noun)) {
      if (tree.hangsBy(m, "amod") || tree.hangsBy(m, "compound") && tree.token(m).pos().equals("JJ")) {
        Actor a = actors.actorIn(tree, tree.phrase(m, true), m, true);
        // only a state's adjective: "Azerbaijani aggression", not "UN-brokered deal"
        if (a != null && a.span() != null && a.type() == EntityType.COUNTRY
            && modifiers.stream().noneMatch(a::same)) {
          modifiers.add(a);
        }
      }
    }
    return modifiers.isEmpty() ? Sources.NONE : new Sources(modifiers, -1);
  }

  /**
   * The target where {@code pattern} says it stands, relative to {@code trigger}; for a noun,
   * also among the phrases of the light verb it completes ({@code imposed sanctions on X}).
   * Empty when none of the places names an actor.
   */
  List<Actor> targets(Tree tree, int trigger, EventPattern pattern) {
    boolean conflict = pattern.type() == PloverType.ASSAULT || pattern.type() == PloverType.COERCE;
    for (String spec : pattern.targets()) {
      int colon = spec.indexOf(':');
      String where = colon < 0 ? spec : spec.substring(0, colon);
      EntityType kind = colon < 0 ? null : spec.endsWith(":person") ? EntityType.PERSON : EntityType.ORGANIZATION;
      for (int p : places(tree, trigger, pattern, where)) {
        List<Actor> found = actors.actorsOf(tree, p, where.equals("obj"), conflict);
        if (kind != null) {
          found = found.stream().filter(a -> a.type() == kind).toList(); // "obj:person", "obj:org"
        }
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  /**
   * Whether any place where {@code pattern} puts its target holds a phrase, whether or not it
   * names a known actor: {@code provided aid to refugees} has a recipient.
   */
  boolean filled(Tree tree, int trigger, EventPattern pattern) {
    for (String spec : pattern.targets()) {
      String where = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
      if (!places(tree, trigger, pattern, where).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The heads of the phrases at {@code where} ({@code obj} or a preposition) of a trigger. */
  private static List<Integer> places(Tree tree, int trigger, EventPattern pattern, String where) {
    List<Integer> places = new ArrayList<>();
    if (where.equals("none")) {
      return places;
    }
    int verb = -1;
    if (pattern.pos() == EventPattern.Pos.NOUN) {
      int h = tree.head(trigger);
      if (h >= 0 && tree.token(h).pos().startsWith("VB")) {
        verb = h;
      }
    }
    if (where.equals("obj")) {
      places.addAll(tree.children(trigger, "obj"));
      places.addAll(tree.children(trigger, "iobj"));
      for (int x : tree.children(trigger, "xcomp")) {
        places.addAll(tree.children(x, "nsubj")); // "holding Iran responsible"
      }
      if (tree.passive(trigger)) {
        places.addAll(tree.children(trigger, "nsubj:pass"));
      }
      if (verb >= 0 && tree.relation(trigger).startsWith("obl")) {
        places.addAll(tree.children(verb, "obj")); // "placed firms on its blacklist"
      }
      return places;
    }
    places.addAll(withPreposition(tree, trigger, where));
    if (verb >= 0 && tree.relation(trigger).startsWith("obj")) {
      places.addAll(withPreposition(tree, verb, where)); // "imposed sanctions on X"
    }
    if (pattern.pos() == EventPattern.Pos.VERB) {
      for (int o : tree.children(trigger, "obj")) {
        // "signed an agreement with X", "discussed issues of trade with X"
        tree.phrase(o, true).stream().forEach(t -> places.addAll(withPreposition(tree, t, where)));
      }
    }
    return places;
  }

  /**
   * For a noun that is the setting of a verb ({@code told Michel in a phone call}), whom the
   * verb addresses: its object, or its {@code to} or {@code with} phrase. Empty otherwise.
   */
  List<Actor> addressee(Tree tree, int noun) {
    int verb = tree.head(noun);
    if (verb < 0 || !tree.hangsBy(noun, "obl") || !SETTING.contains(String.valueOf(tree.preposition(noun)))) {
      return List.of();
    }
    List<Integer> places = new ArrayList<>(tree.children(verb, "obj"));
    places.addAll(tree.children(verb, "iobj"));
    places.addAll(withPreposition(tree, verb, "to"));
    places.addAll(withPreposition(tree, verb, "with"));
    for (int p : places) {
      List<Actor> found = actors.actorsOf(tree, p, true);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /**
   * For a promise, threat, refusal or demand with no target of its own, the actors its
   * complement clause is about: the subject of a demand's clause ({@code demanded that the US
   * cancel}), else the complement's objects ({@code threatened to cut off electricity to X}).
   */
  List<Actor> complementTargets(Tree tree, int trigger, boolean demand) {
    for (int c : tree.allChildren(trigger)) {
      String rel = tree.relation(c);
      if (!(rel.startsWith("xcomp") || rel.startsWith("ccomp") || rel.startsWith("acl"))) {
        continue;
      }
      List<Actor> out = new ArrayList<>();
      if (demand) {
        for (int s : tree.children(c, "nsubj")) {
          out.addAll(actors.actorsOf(tree, s, true));
        }
        if (!out.isEmpty()) {
          return out;
        }
      }
      List<Integer> places = new ArrayList<>(tree.children(c, "obj"));
      places.addAll(tree.children(c, "iobj"));
      places.addAll(tree.children(c, "obl"));
      places.addAll(tree.children(c, "nsubj:pass")); // "warned that any response from X would be met"

      for (int p : places) {
        String prep = tree.preposition(p);
        if (prep != null && SETTING.contains(prep) && !prep.equals("on")) {
          continue;
        }
        out.addAll(actors.actorsOf(tree, p, tree.hangsBy(p, "obj")));
      }
      if (!out.isEmpty()) {
        return out; // all of them: the caller drops the source ("Moscow warned that it would treat
                    // strikes on Russian territory as involvement of the United States")
      }
    }
    return List.of();
  }

  private static List<Integer> withPreposition(Tree tree, int head, String prep) {
    List<Integer> out = new ArrayList<>();
    List<Integer> candidates = new ArrayList<>(tree.children(head, "obl"));
    candidates.addAll(tree.children(head, "nmod"));
    if (tree.token(head).pos().startsWith("NN")) {
      // "the signing of a treaty between A and B", "the withdrawal of troops from X"
      for (int of : tree.children(head, "nmod:of")) {
        candidates.addAll(tree.children(of, "nmod"));
      }
    }
    for (int c : candidates) {
      if (prep.equals(tree.preposition(c))) {
        out.add(c);
      }
    }
    return out;
  }
}
