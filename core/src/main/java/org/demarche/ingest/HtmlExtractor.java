package org.demarche.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;

/**
 * Extracts the main text and metadata of a news page with jsoup.
 *
 * <p>The text: page furniture is dropped ({@code nav}, {@code header}, {@code footer},
 * {@code aside}, scripts, styles, forms, figures, comments, and elements whose class or id says
 * they are boilerplate: see {@link Boilerplate}); the container is the {@code <article>} with
 * the most paragraph text, else {@code <main>}, else the element holding the most paragraph
 * text; its paragraphs, sub-headings, list items, quotations and preformatted blocks, each
 * with white space collapsed, are joined by blank lines. The {@code <h1>} is the title, not
 * part of the text. Metadata comes from {@link PageMetadata}.
 *
 * <p>A page nested more than {@value #MAX_DEPTH} elements deep is refused (see
 * {@link ExtractedPage#refusal()}): no news page comes near it, and the extraction's ancestor
 * walks would take minutes on a page nested 100,000 deep. Stateless and thread-safe.
 */
public final class HtmlExtractor {

  private static final String FURNITURE = "script, style, noscript, template, nav, header, footer,"
      + " aside, form, button, select, iframe, svg, canvas, figure, figcaption, h1,"
      + " [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [hidden]";
  private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd";

  /** The deepest element nesting read; news pages nest 10 to 40 deep. */
  public static final int MAX_DEPTH = 1_000;

  /** Extracts {@code html}; {@code baseUri} resolves relative links and may be empty. */
  public ExtractedPage extract(String html, String baseUri) {
    Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    PageMetadata meta = PageMetadata.of(doc);
    int depth = depth(doc);
    if (depth > MAX_DEPTH) {
      return new ExtractedPage("", meta.title(), meta.outlet(), meta.url(), meta.published(),
          meta.unreadableDate(), "nested too deeply (" + depth + " levels, limit " + MAX_DEPTH + ")");
    }
    Element body = doc.body();
    removeComments(body);
    body.select(FURNITURE).remove();
    Boilerplate.remove(body);
    String text = String.join("\n\n", blocks(container(body)));
    return new ExtractedPage(text, meta.title(), meta.outlet(), meta.url(), meta.published(),
        meta.unreadableDate(), null);
  }

  /** The deepest nesting of elements, counted without recursion. */
  private static int depth(Document doc) {
    int[] deepest = {0};
    NodeTraversor.traverse((node, depth) -> {
      if (depth > deepest[0]) {
        deepest[0] = depth;
      }
    }, doc);
    return deepest[0];
  }

  private static Element container(Element body) {
    Element best = null;
    int bestLength = 0;
    for (Element article : body.select("article")) {
      int length = paragraphText(article);
      if (length > bestLength) {
        best = article;
        bestLength = length;
      }
    }
    if (best != null) {
      return best;
    }
    Element main = body.selectFirst("main, [role=main]");
    if (main != null && paragraphText(main) > 0) {
      return main;
    }
    return densest(body);
  }

  /** The element whose paragraphs, and half of its grandchildren paragraphs, have the most text. */
  private static Element densest(Element body) {
    IdentityHashMap<Element, Integer> scores = new IdentityHashMap<>();
    for (Element p : body.select("p")) {
      int length = p.text().length();
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      scores.merge(parent, length, Integer::sum);
      Element grandparent = parent.parent();
      if (grandparent != null) {
        scores.merge(grandparent, length / 2, Integer::sum);
      }
    }
    Element best = body;
    int bestScore = 0;
    for (var entry : scores.entrySet()) {
      if (entry.getValue() > bestScore) {
        best = entry.getKey();
        bestScore = entry.getValue();
      }
    }
    return best;
  }

  static int paragraphText(Element element) {
    int length = 0;
    for (Element p : element.select("p")) {
      length += p.text().length();
    }
    return length;
  }

  private static List<String> blocks(Element container) {
    Set<Element> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    List<String> blocks = new ArrayList<>();
    for (Element element : container.select(BLOCKS)) {
      if (element == container || insideKept(element, container, kept)) {
        continue;
      }
      if (!element.is("p, h2, h3, h4, h5, h6, pre") && !element.select("p").isEmpty()) {
        // a list item or quotation made of paragraphs: its paragraphs are the blocks
        continue;
      }
      kept.add(element);
      String text = element.is("pre") ? element.wholeText().strip() : element.text().strip();
      if (!text.isEmpty()) {
        blocks.add(text);
      }
    }
    if (blocks.isEmpty()) {
      String all = container.text().strip();
      if (!all.isEmpty()) {
        blocks.add(all);
      }
    }
    return blocks;
  }

  private static boolean insideKept(Element element, Element container, Set<Element> kept) {
    for (Element parent = element.parent(); parent != null && parent != container;
        parent = parent.parent()) {
      if (kept.contains(parent)) {
        return true;
      }
    }
    return false;
  }

  private static void removeComments(Node node) {
    List<Node> comments = new ArrayList<>();
    node.forEachNode(n -> {
      if (n instanceof Comment) {
        comments.add(n);
      }
    });
    comments.forEach(Node::remove);
  }
}
