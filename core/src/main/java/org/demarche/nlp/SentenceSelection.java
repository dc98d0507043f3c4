package org.demarche.nlp;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.demarche.model.AnnotatedArticle;
import org.demarche.model.Sentence;

/**
 * Which sentences of an article get one costly annotation (NER, SUTime, the dependency parse):
 * none, all, or those a selector picks from a draft of the article. The draft has the article,
 * its sentences and their tokens with part-of-speech tags and lemmas; it has no names, no time
 * expressions and no dependencies yet. Immutable; thread-safe when the selector is.
 */
public final class SentenceSelection {

  /** No sentence. */
  public static final SentenceSelection NONE = new SentenceSelection("none", null);
  /** Every sentence. */
  public static final SentenceSelection ALL = new SentenceSelection("all", null);

  private final String name;
  private final Function<AnnotatedArticle, BitSet> selector;

  private SentenceSelection(String name, Function<AnnotatedArticle, BitSet> selector) {
    this.name = name;
    this.selector = selector;
  }

  /**
   * The sentences {@code test} accepts, one by one.
   *
   * @param name what is selected, for messages ({@code date words})
   */
  public static SentenceSelection where(String name, Predicate<Sentence> test) {
    Objects.requireNonNull(test, "test");
    return of(name, draft -> {
      BitSet out = new BitSet();
      List<Sentence> sentences = draft.sentences();
      for (int i = 0; i < sentences.size(); i++) {
        if (test.test(sentences.get(i))) {
          out.set(i);
        }
      }
      return out;
    });
  }

  /**
   * The sentences whose indices {@code selector} returns for the whole draft: for choices that
   * need the article, such as names the gazetteer does not cover.
   *
   * @param name what is selected, for messages
   * @param selector never returns null; indices past the last sentence are ignored
   */
  public static SentenceSelection of(String name, Function<AnnotatedArticle, BitSet> selector) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(selector, "selector");
    if (name.equals("none") || name.equals("all")) {
      throw new IllegalArgumentException("selection name is reserved: " + name);
    }
    return new SentenceSelection(name, selector);
  }

  /** Whether no sentence is selected, whatever the article. */
  public boolean isNone() {
    return this == NONE;
  }

  /** Whether every sentence is selected. */
  public boolean isAll() {
    return this == ALL;
  }

  /** The indices of the draft's sentences that are selected. */
  public BitSet select(AnnotatedArticle draft) {
    int n = draft.sentences().size();
    if (this == NONE) {
      return new BitSet();
    }
    BitSet out;
    if (this == ALL) {
      out = new BitSet(n);
      out.set(0, n);
    } else {
      out = (BitSet) Objects.requireNonNull(selector.apply(draft), "selector result").clone();
      if (out.length() > n) {
        out.clear(n, out.length());
      }
    }
    return out;
  }

  /** The name given at construction: {@code none}, {@code all}, or the selector's. */
  @Override
  public String toString() {
    return name;
  }
}
