package org.demarche.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Recognizes page elements that are not article text by their class or id: share buttons,
 * bylines, related stories, newsletters, ads, cookie notices, comment threads and the like.
 * Stateless.
 */
final class Boilerplate {

  /** A class or id word such as {@code share-bar}, {@code post_author}, {@code comments}. */
  private static final Pattern WORD = Pattern.compile(
      "(?:^|[-_])(?:share|sharing|social|byline|author|authors|related|newsletter|subscribe"
          + "|subscription|promo|advert|advertisement|ad|ads|banner|cookie|cookies|consent"
          + "|breadcrumb|breadcrumbs|comment|comments|tags|sidebar|menu|popup|modal|signup"
          + "|recommended|trending|most-read|read-more|caption|credit|credits|copyright)"
          + "(?:$|[-_])");

  private static final Set<String> KEPT = Set.of("html", "body", "article", "main");

  private Boilerplate() {}

  /**
   * Removes every boilerplate element below {@code body}, except one that holds at least half
   * of the page's paragraph text or an {@code <article>} or {@code <main>}: a wrapper whose
   * class merely mentions a sidebar ({@code content has-sidebar}) is not boilerplate.
   */
  static void remove(Element body) {
    int total = HtmlExtractor.paragraphText(body);
    List<Element> doomed = new ArrayList<>();
    for (Element element : body.getAllElements()) {
      // the tag names, not Element.is: that walks to the root for every element
      if (element == body || !matches(element) || KEPT.contains(element.normalName())) {
        continue;
      }
      if (!element.select("article, main").isEmpty()) {
        continue;
      }
      if (total > 0 && HtmlExtractor.paragraphText(element) * 2 >= total) {
        continue;
      }
      doomed.add(element);
    }
    doomed.forEach(Element::remove);
  }

  static boolean matches(Element element) {
    String words = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
    for (String word : words.split("\\s+")) {
      if (!word.isEmpty() && WORD.matcher(word).find()) {
        return true;
      }
    }
    return false;
  }
}
