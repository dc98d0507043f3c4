package org.demarche.event;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demarche.model.Entity;
import org.demarche.model.EntityType;
import org.demarche.model.EventActor;
import org.demarche.model.Mention;
import org.demarche.model.Quote;
import org.demarche.model.ResolvedArticle;
import org.demarche.model.Sentence;
import org.demarche.model.Span;
import org.demarche.model.Token;

/**
 * Finds an event's actors in one article: who stands in a phrase, the subject of a trigger
 * (climbing through control and raising verbs), what a pronoun stands for, a quote's speaker.
 * One instance per article; not thread-safe.
 */
final class ActorFinder {

  /**
   * An actor found in the text.
   *
   * @param actor the event side
   * @param span where its mention stands, null for a quote's speaker or the dateline
   * @param type what kind of entity names it
   */
  record Actor(EventActor actor, Span span, EntityType type) {

    /** Whether both name the same actor: one entity, or one country known only as a country. */
    boolean same(Actor other) {
      return EventKey.actorKey(actor).equals(EventKey.actorKey(other.actor));
    }
  }

  private static final Set<String> FIRST_PERSON = Set.of("we", "i", "us", "our", "my");
  private static final Set<String> THIRD_PERSON = Set.of("he", "she", "it", "they");
  private static final Set<String> POSSESSIVE = Set.of("his", "her", "its", "their");
  private static final Set<String> RELATIVE = Set.of("who", "which", "that");
  /** Nouns that a place makes a government: {@code the authorities in Dushanbe}. */
  private static final Set<String> GOVERNMENT_NOUNS = Set.of("authority", "government", "official",
      "leadership", "regime", "administration", "leader");
  /** Nouns that stand for a state when a pronoun owns them: {@code his country}. */
  private static final Set<String> STATE_NOUNS =
      Set.of("country", "government", "nation", "state", "administration", "cabinet", "army", "military",
          "force", "troop");

  private final ResolvedArticle article;
  private final Map<String, Entity> entities;
  private final List<Quote> quotes;
  private String focus; // computed on first use; "" when the article has no clear focus

  ActorFinder(ResolvedArticle article, List<Quote> quotes) {
    this.article = article;
    this.entities = article.entitiesById();
    this.quotes = quotes;
  }

  /**
   * The actors named in the phrase headed by {@code head}: the head's own, its conjuncts', and
   * conjoined modifiers' ({@code French and Egyptian warships}). A pronoun stands for what
   * {@link #pronoun} finds.
   *
   * @param role whether the phrase is an agent (subject, possessor) rather than a place: a city
   *     stands for its government only in such a role or as an object
   */
  List<Actor> actorsOf(Tree tree, int head, boolean role) {
    return actorsOf(tree, head, role, false);
  }

  /**
   * The actors named in a phrase, as {@link #actorsOf(Tree, int, boolean)}; with {@code places},
   * any place in it stands for its country ({@code a missile struck the port of Odesa}).
   */
  List<Actor> actorsOf(Tree tree, int head, boolean role, boolean places) {
    List<Actor> out = new ArrayList<>();
    Actor own = actorIn(tree, tree.phrase(head, false), head, role, places);
    if (own == null && tree.token(head).pos().startsWith("PRP")) {
      own = pronoun(tree, head, head);
    }
    if (own == null && STATE_NOUNS.contains(tree.lemma(head))) {
      // "Tokayev said his country would not recognize": the state of whom "his" stands for
      for (int p : tree.children(head, "nmod:poss")) {
        if (tree.token(p).pos().startsWith("PRP")) {
          Actor owner = pronoun(tree, p, head);
          if (owner != null && owner.actor().country() != null) {
            own = new Actor(new EventActor(null, owner.actor().country(), owner.actor().text()),
                owner.span(), EntityType.COUNTRY);
          }
        }
      }
    }
    if (own == null && RELATIVE.contains(tree.lemma(head)) && tree.hangsBy(head, "nsubj")) {
      int clause = tree.head(head);
      int antecedent = clause >= 0 && tree.relation(clause).startsWith("acl:relcl") ? tree.head(clause) : -1;
      own = antecedent >= 0 ? actorIn(tree, tree.phrase(antecedent, false), antecedent, role) : null;
    }
    add(out, own);
    for (int c : tree.children(head, "conj")) {
      add(out, actorIn(tree, tree.phrase(c, false), c, role));
    }
    for (int a : tree.children(head, "appos")) {
      // "Georgia's opposition parties, the EU and the US" parsed as an apposition
      add(out, actorIn(tree, tree.phrase(a, false), a, role));
      for (int c : tree.children(a, "conj")) {
        add(out, actorIn(tree, tree.phrase(c, false), c, role));
      }
    }
    for (int m : tree.allChildren(head)) {
      if ((tree.hangsBy(m, "amod") || tree.hangsBy(m, "compound")) && !tree.children(m, "conj").isEmpty()) {
        add(out, actorIn(tree, single(m), m, role));
        for (int c : tree.children(m, "conj")) {
          add(out, actorIn(tree, single(c), c, role));
        }
      }
    }
    return out;
  }

  /**
   * The actor the phrase headed by {@code head} is itself, not one named deeper in it: the head
   * and its modifiers ({@code Russia}, {@code the Russian government}), not {@code a strike in
   * protest of Russia's refusal}. Empty when none.
   */
  List<Actor> actorsAt(Tree tree, int head) {
    BitSet near = single(head);
    for (int c : tree.allChildren(head)) {
      String r = tree.relation(c);
      if (r.startsWith("amod") || r.startsWith("compound") || r.equals("nmod:poss") || r.startsWith("flat")
          || r.equals("appos")) {
        near.or(tree.phrase(c, false));
      }
    }
    Actor a = actorIn(tree, near, head, true);
    if (a == null && tree.token(head).pos().startsWith("PRP")) {
      a = pronoun(tree, head, head);
    }
    return a == null ? List.of() : List.of(a);
  }

  private static BitSet single(int token) {
    BitSet b = new BitSet();
    b.set(token);
    return b;
  }

  private static void add(List<Actor> out, Actor a) {
    if (a == null || out.stream().anyMatch(x -> x.same(a))) {
      return;
    }
    for (int i = 0; i < out.size(); i++) {
      Actor x = out.get(i);
      if (a.actor().country() != null && a.actor().country().equals(x.actor().country())
          && (x.type() == EntityType.COUNTRY) != (a.type() == EntityType.COUNTRY)) {
        // "his Armenian counterpart, Ararat Mirzoyan": one actor, the person
        if (x.type() == EntityType.COUNTRY) {
          out.set(i, a);
        }
        return;
      }
    }
    out.add(a);
  }

  /**
   * The actor mention in {@code tokens} nearest the head, persons first. Places count only when
   * their mention covers the head in an agent role: {@code Tashkent signed} is the government.
   */
  Actor actorIn(Tree tree, BitSet tokens, int head, boolean role) {
    return actorIn(tree, tokens, head, role, false);
  }

  private Actor actorIn(Tree tree, BitSet tokens, int head, boolean role, boolean places) {
    Sentence s = tree.sentence();
    Mention best = null;
    Mention state = null; // a country named in the phrase besides the best mention
    int bestDistance = Integer.MAX_VALUE;
    for (Mention m : article.mentionsIn(s.span())) {
      Entity e = entities.get(m.entityId());
      if (e == null || e.type() == EntityType.OTHER) {
        continue;
      }
      int tok = s.tokenAt(m.start());
      int lastTok = s.tokenAt(Math.max(m.start(), m.end() - 1));
      if (tok < 0 || !tokens.get(tok)) {
        continue;
      }
      if (e.country() != null && (e.type() == EntityType.COUNTRY || e.type() == EntityType.LOCATION)
          && !people(m)) {
        state = state == null ? m : state;
      }
      boolean government = GOVERNMENT_NOUNS.contains(tree.lemma(head)); // "the authorities in Dushanbe"
      if (e.type() == EntityType.LOCATION
          && (e.country() == null || !government && !places && (!role || head < tok || head > lastTok))) {
        continue;
      }
      int distance = head >= tok && head <= lastTok ? 0 : Math.min(Math.abs(tok - head), Math.abs(lastTok - head));
      if (e.type() == EntityType.PERSON) {
        distance -= 1; // "Kazakh President Tokayev": the person, not the demonym
      }
      if (distance > 0 && (tree.hangsBy(lastTok, "amod") || tree.hangsBy(lastTok, "compound"))
          && !tree.dominates(lastTok, head)) {
        distance += 2; // "the Russia-led CSTO": the organization, not its modifier
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
    if (state != null && state != best && people(best)) {
      return actor(state); // "Bosnian Serbs", "the Albanians of southern Serbia": where they live
    }
    Actor a = actor(best);
    if (state != null && e.country() == null && e.type() == EntityType.PERSON) {
      // "Serbian President Vojislav Kostunica", a person the gazetteer does not know
      String country = entities.get(state.entityId()).country();
      return new Actor(new EventActor(a.actor().entity(), country, a.actor().text()), a.span(), a.type());
    }
    return a;
  }

  /** A plural demonym naming a people rather than a state: {@code Serbs}, {@code Kurds}. */
  private boolean people(Mention m) {
    return "demonym".equals(m.rule()) && m.text().endsWith("s");
  }

  private Actor actor(Mention m) {
    Entity e = entities.get(m.entityId());
    String id = e.type() == EntityType.LOCATION ? null : e.id();
    return new Actor(new EventActor(id, e.country(), m.text()), m.span(), e.type());
  }

  /**
   * What a third-person pronoun stands for: in {@code X says it will} (or {@code his country
   * will}), the subject of the saying verb; {@code he} or {@code she}, the last person named
   * before it in the same or the two previous sentences. Null when unsure.
   *
   * @param subject the subject the pronoun is or belongs to
   */
  Actor pronoun(Tree tree, int token, int subject) {
    String p = tree.lemma(token);
    String text = tree.text(token);
    if (!THIRD_PERSON.contains(p) && !THIRD_PERSON.contains(text) && !POSSESSIVE.contains(text)) {
      return null;
    }
    int clause = tree.head(subject);
    if (clause >= 0 && tree.hangsBy(subject, "nsubj")) {
      String rel = tree.relation(clause);
      int sayer = rel.startsWith("ccomp") || rel.startsWith("parataxis") ? tree.head(clause) : -1;
      if (sayer >= 0) {
        for (int subj : tree.children(sayer, "nsubj")) {
          if (subj != subject && !tree.token(subj).pos().startsWith("PRP")) {
            Actor a = actorIn(tree, tree.phrase(subj, false), subj, true);
            if (a != null) {
              return a;
            }
          }
        }
      }
    }
    if (p.equals("he") || p.equals("she") || text.equals("his") || text.equals("her")) {
      return lastPersonBefore(tree.token(token).start(), tree.sentence().index());
    }
    return null;
  }

  private Actor lastPersonBefore(int offset, int sentenceIndex) {
    Mention best = null;
    int from = 0;
    for (Sentence s : article.annotated().sentences()) {
      if (s.index() == Math.max(0, sentenceIndex - 2)) {
        from = s.start();
      }
    }
    for (Mention m : article.mentionsIn(new Span(from, offset))) {
      Entity e = entities.get(m.entityId());
      if (e != null && e.type() == EntityType.PERSON && m.end() <= offset) {
        best = m;
      }
    }
    return best == null ? null : actor(best);
  }

  /**
   * {@code "We will continue to support ...," Erdoğan said}: the speaker of the quote holding
   * the trigger, when its subject (or a noun's possessor, {@code our support}) is first person.
   * Null otherwise.
   */
  Actor speakerOf(Tree tree, int trigger, int subject) {
    Token t = tree.token(trigger);
    for (Quote q : quotes) {
      if (q.span().start() <= t.start() && t.end() <= q.span().end() && q.speakerId() != null) {
        boolean firstPerson = subject >= 0 && (FIRST_PERSON.contains(tree.lemma(subject))
            || FIRST_PERSON.contains(tree.text(subject)) || firstPersonPossessor(tree, subject));
        Entity e = entities.get(q.speakerId());
        if (firstPerson && e != null) {
          return new Actor(new EventActor(e.id(), e.country(), q.speakerText()), null, e.type());
        }
      }
    }
    return null;
  }

  /** {@code our country}, {@code my government}: a noun with a first-person possessor. */
  private static boolean firstPersonPossessor(Tree tree, int noun) {
    for (int p : tree.children(noun, "nmod:poss")) {
      if (FIRST_PERSON.contains(tree.text(p)) || FIRST_PERSON.contains(tree.lemma(p))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the clause of {@code trigger} happens, as an actor for unnamed domestic actors
   * ({@code protesters blocked roads in Tbilisi} acts for Georgia): a country or place with a
   * country in a locative phrase of the clause, else, for protests and police action, the
   * dateline's country or the country the article is about (not for fighting: reporters write
   * about it from elsewhere). Null when unknown.
   */
  Actor placeOf(Tree tree, int trigger, boolean domestic) {
    for (int c : tree.allChildren(trigger)) {
      String prep = tree.hangsBy(c, "obl") || tree.hangsBy(c, "nmod") ? tree.preposition(c) : null;
      if (prep != null && Set.of("in", "at", "near", "outside", "inside", "across", "throughout",
          "along", "outside of", "on").contains(prep)) {
        Actor a = anyCountryIn(tree, tree.subtree(c));
        if (a != null) {
          return a;
        }
      }
    }
    if (!domestic) {
      return null;
    }
    var d = article.annotated().dateline();
    if (d != null && d.country() != null) {
      return new Actor(new EventActor(null, d.country(), d.place()), null, EntityType.COUNTRY);
    }
    String focus = focusCountry();
    return focus == null ? null : new Actor(new EventActor(null, focus, null), null, EntityType.COUNTRY);
  }

  /**
   * The country the article is about: the one its mentions name most (states, their places and
   * people), when it is named at least three times and half again as often as any other.
   */
  String focusCountry() {
    if (focus == null) {
      Map<String, Integer> counts = new java.util.HashMap<>();
      for (Mention m : article.mentions()) {
        Entity e = entities.get(m.entityId());
        if (e != null && e.country() != null && e.type() != EntityType.OTHER) {
          counts.merge(e.country(), 1, Integer::sum);
        }
      }
      List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
      ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
      boolean clear = !ranked.isEmpty() && ranked.get(0).getValue() >= 3
          && (ranked.size() == 1 || ranked.get(0).getValue() * 2 >= ranked.get(1).getValue() * 3);
      focus = clear ? ranked.get(0).getKey() : "";
    }
    return focus.isEmpty() ? null : focus;
  }

  private Actor anyCountryIn(Tree tree, BitSet tokens) {
    Sentence s = tree.sentence();
    for (Mention m : article.mentionsIn(s.span())) {
      Entity e = entities.get(m.entityId());
      int tok = s.tokenAt(m.start());
      if (e != null && e.country() != null && tok >= 0 && tokens.get(tok)
          && (e.type() == EntityType.LOCATION || e.type() == EntityType.COUNTRY)) {
        return new Actor(new EventActor(null, e.country(), m.text()), m.span(), EntityType.COUNTRY);
      }
    }
    return null;
  }
}
