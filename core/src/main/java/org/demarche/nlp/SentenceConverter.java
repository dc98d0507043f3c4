package org.demarche.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demarche.model.Dependency;
import org.demarche.model.NerSpan;
import org.demarche.model.Sentence;
import org.demarche.model.Span;
import org.demarche.model.Token;

/** Turns CoreNLP's sentences into Demarche's records. Stateless. */
final class SentenceConverter {

  /** Labels of values rather than names: on tokens, but not among the article's names. */
  private static final Set<String> VALUE_LABELS = Set.of(
      "DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "MONEY", "PERCENT");

  private SentenceConverter() {}

  /**
   * One sentence. Token text is sliced from {@code text} at CoreNLP's character offsets (its
   * {@code word()} may differ: normalized quotes, brackets, ellipses).
   *
   * @param ner whether NER ran on this sentence, so that a token without label gets {@code O}
   *     rather than null
   * @param dependencies the sentence's dependency edges, empty when it was not parsed
   */
  static Sentence sentence(int index, CoreMap s, String text, boolean ner, List<Dependency> dependencies) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      Span span = span(l, text);
      String label = l.ner();
      tokens.add(new Token(tokens.size(), span.slice(text), span, l.tag(), l.lemma(),
          ner ? (label == null ? "O" : label) : null));
    }
    Span span = tokens.isEmpty()
        ? new Span(0, 0)
        : new Span(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
    return new Sentence(index, span, tokens, dependencies);
  }

  /** CoreNLP's offsets, clamped so that a token never reaches outside the text. */
  private static Span span(CoreLabel l, String text) {
    int begin = Math.max(0, Math.min(l.beginPosition(), text.length()));
    int end = Math.max(begin, Math.min(l.endPosition(), text.length()));
    return new Span(begin, end);
  }

  /**
   * The basic UD tree, with relation names from enhanced UD where it only adds the case marker or
   * conjunction to the same edge ({@code obl} becomes {@code obl:with}, {@code conj} becomes
   * {@code conj:and}). Basic UD keeps one head per token, which callers walking the tree rely
   * on; enhanced++ adds extra edges and copy nodes.
   *
   * @param enhanced the enhanced UD graph of the same parse, or null
   */
  static List<Dependency> dependencies(SemanticGraph basic, SemanticGraph enhanced) {
    Map<Long, String> enhancedNames = new HashMap<>();
    if (enhanced != null) {
      for (SemanticGraphEdge e : enhanced.edgeIterable()) {
        if (e.getGovernor().copyCount() == 0 && e.getDependent().copyCount() == 0) {
          enhancedNames.put(key(e.getGovernor(), e.getDependent()), e.getRelation().toString());
        }
      }
    }
    List<Dependency> out = new ArrayList<>();
    for (IndexedWord root : basic.getRoots()) {
      out.add(new Dependency(-1, root.index() - 1, "root"));
    }
    for (SemanticGraphEdge e : basic.edgeIterable()) {
      String name = e.getRelation().toString();
      String richer = enhancedNames.get(key(e.getGovernor(), e.getDependent()));
      if (richer != null && richer.startsWith(name + ":")) {
        name = richer;
      }
      out.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, name));
    }
    out.sort(Comparator.comparingInt(Dependency::dependent));
    return out;
  }

  private static long key(IndexedWord governor, IndexedWord dependent) {
    return ((long) governor.index() << 32) | dependent.index();
  }

  /**
   * Named-entity spans: runs of tokens with one name label, joined across the spaces between
   * them. Value labels (DATE, MONEY, NUMBER, ...), when a model gives them, stay on the tokens
   * only; dates are timexes.
   */
  static List<NerSpan> names(Sentence sentence, String text) {
    List<NerSpan> out = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size()) {
      String label = tokens.get(i).ner();
      if (label == null || label.equals("O") || VALUE_LABELS.contains(label)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && label.equals(tokens.get(j).ner())) {
        j++;
      }
      Span span = new Span(tokens.get(i).start(), tokens.get(j - 1).end());
      out.add(new NerSpan(span, span.slice(text), label));
      i = j;
    }
    return out;
  }
}
