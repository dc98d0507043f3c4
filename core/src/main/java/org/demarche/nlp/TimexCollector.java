package org.demarche.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.demarche.model.Sentence;
import org.demarche.model.Span;
import org.demarche.model.Timex;
import org.demarche.time.DateRange;
import org.demarche.time.DateRangeFinder;
import org.demarche.time.TimexNormalizer;

/**
 * Collects SUTime's time expressions from an annotated document and hands them to the
 * {@code time} package: day ranges replace SUTime's pieces of them, values are normalized for
 * news. Thread-safe.
 */
final class TimexCollector {

  /** A time expression as SUTime gave it. */
  private record Found(Span span, String value, String type) {}

  private final TimexNormalizer normalizer = new TimexNormalizer();
  private final DateRangeFinder ranges = new DateRangeFinder();

  /**
   * The article's time expressions, in text order: day ranges found in every sentence, and
   * SUTime's finds in {@code timeDoc}.
   *
   * @param timeDoc the CoreNLP document (or part of it) after the time annotator, or null when
   *     SUTime read no sentence
   * @param sentences the converted sentences
   * @param reference the publication date, or null
   */
  List<Timex> collect(Annotation timeDoc, List<Sentence> sentences, String text, LocalDate reference) {
    List<Found> found = timeDoc == null ? List.of() : fromDocument(timeDoc);
    List<Timex> out = new ArrayList<>();
    List<Span> rangeSpans = new ArrayList<>();
    for (Sentence s : sentences) {
      String sentenceText = s.span().slice(text);
      for (DateRange r : ranges.find(sentenceText)) {
        Span span = new Span(s.start() + r.span().start(), s.start() + r.span().end());
        rangeSpans.add(span);
        out.add(new Timex(span.slice(text), span,
            normalizer.normalizeRange(r, reference, sentenceText, r.span().start()), "DATE"));
      }
    }
    for (Found f : found) {
      String fText = f.span().slice(text);
      if (rangeSpans.stream().anyMatch(r -> r.overlaps(f.span()))
          || !normalizer.isTimeExpression(fText, f.value(), f.type())) {
        continue;
      }
      Sentence s = sentenceAt(sentences, f.span().start());
      String sentenceText = s == null ? null : s.span().slice(text);
      int at = s == null ? -1 : f.span().start() - s.start();
      out.add(new Timex(fText, f.span(),
          normalizer.normalize(fText, f.value(), f.type(), reference, sentenceText, at), f.type()));
    }
    out.sort(Comparator.comparingInt((Timex t) -> t.span().start()).thenComparingInt(t -> t.span().end()));
    return out;
  }

  /** SUTime's finds as its own annotator: on the document, with character offsets. */
  private static List<Found> fromDocument(Annotation doc) {
    List<Found> out = new ArrayList<>();
    List<CoreMap> timexes = doc.get(TimeAnnotations.TimexAnnotations.class);
    if (timexes == null) {
      return out;
    }
    for (CoreMap m : timexes) {
      edu.stanford.nlp.time.Timex tx = m.get(TimeAnnotations.TimexAnnotation.class);
      Integer begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (tx != null && begin != null && end != null && begin <= end) {
        out.add(new Found(new Span(begin, end), tx.value(), tx.timexType()));
      }
    }
    return out;
  }

  private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
    for (Sentence s : sentences) {
      if (s.start() <= offset && offset < s.end()) {
        return s;
      }
    }
    return null;
  }
}
