package org.demarche.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Article;
import org.demarche.model.Entity;
import org.demarche.model.Mention;
import org.demarche.model.NerSpan;
import org.demarche.model.PublishedBasis;
import org.demarche.model.ResolvedArticle;
import org.demarche.model.Sentence;
import org.demarche.model.Span;
import org.demarche.model.Token;
import org.demarche.resolve.gazetteer.Gazetteer;

/**
 * Articles for resolver tests, built without CoreNLP: sentences end at {@code ". "}, tokens come
 * from {@link PlainTokens}, and a small lexicon tags the verbs the tests use (enough for the
 * cues of {@link CapitalRoles}); capitalized words are NNP, other words NN. NER spans are given
 * by the test.
 */
final class Articles {

  static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
  static final GazetteerActorResolver RESOLVER = new GazetteerActorResolver(GAZETTEER);

  /** Finite verbs of the test sentences, with their lemma. */
  private static final Map<String, String> VERBS = Map.ofEntries(
      Map.entry("said", "say"), Map.entry("says", "say"), Map.entry("warned", "warn"),
      Map.entry("signed", "sign"), Map.entry("opposed", "oppose"), Map.entry("hoped", "hope"),
      Map.entry("values", "value"), Map.entry("has", "have"), Map.entry("had", "have"),
      Map.entry("met", "meet"), Map.entry("called", "call"), Map.entry("pressed", "press"),
      Map.entry("accused", "accuse"), Map.entry("rejected", "reject"), Map.entry("told", "tell"),
      Map.entry("denied", "deny"), Map.entry("arrived", "arrive"), Map.entry("is", "be"),
      Map.entry("was", "be"), Map.entry("announced", "announce"), Map.entry("wants", "want"),
      Map.entry("visited", "visit"), Map.entry("received", "receive"));

  private static final Set<String> MODALS = Set.of("will", "would", "could", "should", "must", "may");

  /** Non-finite verbs the cues look at. */
  private static final Map<String, String> OTHER_VERBS = Map.of("urged", "urge", "leaving", "leave",
      "handing", "hand", "blamed", "blame", "shelled", "shell", "visit", "visit");

  private Articles() {}

  /** The article {@code text} of {@code date} (null: undated), with the NER spans given. */
  static AnnotatedArticle article(String text, LocalDate date, NerSpan... names) {
    Article a = new Article("test", "test", null, date, date == null ? null : PublishedBasis.HEADER,
        text, Map.of());
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf(". ", start);
      end = end < 0 ? text.length() : end + 1;
      sentences.add(tag(PlainTokens.sentence(text.substring(start, end), sentences.size(), start)));
      start = end;
      while (start < text.length() && text.charAt(start) == ' ') {
        start++;
      }
    }
    return new AnnotatedArticle(a, null, sentences, List.of(names), List.of());
  }

  /** Resolves {@code text} of {@code date} with the shipped gazetteer. */
  static ResolvedArticle resolve(String text, LocalDate date, NerSpan... names) {
    return RESOLVER.resolve(article(text, date, names));
  }

  /** An NER span over the first occurrence of {@code surface} in {@code text}. */
  static NerSpan ner(String text, String label, String surface) {
    return ner(text, label, surface, 1);
  }

  /** An NER span over occurrence {@code n} (from 1) of {@code surface} in {@code text}. */
  static NerSpan ner(String text, String label, String surface, int n) {
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = text.indexOf(surface, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("not " + n + " times in the text: " + surface);
      }
    }
    return new NerSpan(new Span(at, at + surface.length()), surface, label);
  }

  /** Every mention as {@code text -> entity id}, in text order (later equal texts get @n). */
  static Map<String, String> mentions(ResolvedArticle r) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Mention m : r.mentions()) {
      String key = m.text();
      for (int n = 2; out.containsKey(key); n++) {
        key = m.text() + "@" + n;
      }
      out.put(key, m.entityId());
    }
    return out;
  }

  /** The entity with this id in the result, or null. */
  static Entity entity(ResolvedArticle r, String id) {
    for (Entity e : r.entities()) {
      if (e.id().equals(id)) {
        return e;
      }
    }
    return null;
  }

  /** The entity id of the first mention whose text is {@code surface}, or null. */
  static String idOf(ResolvedArticle r, String surface) {
    for (Mention m : r.mentions()) {
      if (m.text().equals(surface)) {
        return m.entityId();
      }
    }
    return null;
  }

  private static Sentence tag(Sentence s) {
    List<Token> tagged = new ArrayList<>();
    for (Token t : s.tokens()) {
      String w = t.text();
      String lower = w.toLowerCase(Locale.ROOT);
      String pos;
      String lemma = lower;
      if (VERBS.containsKey(lower)) {
        pos = lower.endsWith("s") && !lower.equals("was") ? "VBZ" : "VBD";
        lemma = VERBS.get(lower);
      } else if (MODALS.contains(lower)) {
        pos = "MD";
      } else if (OTHER_VERBS.containsKey(lower)) {
        pos = lower.endsWith("ing") ? "VBG" : lower.endsWith("ed") ? "VBN" : "VB";
        lemma = OTHER_VERBS.get(lower);
      } else if (w.equals("'s") || w.equals("’s")) {
        pos = "POS";
      } else if (!Character.isLetter(w.charAt(0))) {
        pos = w;
      } else if (Character.isUpperCase(w.charAt(0))) {
        pos = "NNP";
      } else if (Set.of("in", "at", "to", "from", "with", "between", "by", "on", "of", "for").contains(lower)) {
        pos = "IN";
      } else if (Set.of("the", "a", "an", "its", "his", "her").contains(lower)) {
        pos = "DT";
      } else if (Set.of("main", "new", "former", "central").contains(lower)) {
        pos = "JJ";
      } else if (Set.of("firmly", "repeatedly", "also", "again").contains(lower)) {
        pos = "RB";
      } else {
        pos = "NN";
      }
      tagged.add(new Token(t.index(), w, t.span(), pos, lemma, null));
    }
    return new Sentence(s.index(), s.span(), tagged, List.of());
  }
}
