package org.demarche.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The title, outlet, canonical URL and publication date a page declares about itself.
 *
 * <p>The date is the first readable one of, in order: the meta tags
 * {@code article:published_time}, {@code og:published_time}, {@code itemprop=datePublished},
 * {@code date}, {@code pubdate}, {@code publishdate}, {@code dc.date}, {@code dc.date.issued},
 * {@code dcterms.issued}, {@code dcterms.created}; a JSON-LD {@code datePublished}; a
 * {@code <time pubdate>} or {@code <time itemprop=datePublished>}; the first
 * {@code <time datetime>}.
 */
record PageMetadata(
    String title, String outlet, String url, LocalDate published, String unreadableDate) {

  private static final List<String> DATE_META = List.of(
      "meta[property=article:published_time]", "meta[name=article:published_time]",
      "meta[property=og:published_time]", "meta[itemprop=datePublished]", "meta[name=date]",
      "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=dc.date]",
      "meta[name=dc.date.issued]", "meta[name=dcterms.issued]", "meta[name=dcterms.created]");
  private static final Pattern LD_DATE =
      Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{1,64})\"");

  /** Reads the metadata of {@code doc}; call before the document is pruned. */
  static PageMetadata of(Document doc) {
    String title = firstNonBlank(meta(doc, "meta[property=og:title]"), doc.title(),
        textOf(doc.selectFirst("h1")));
    String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "abs:href"),
        meta(doc, "meta[property=og:url]"));
    List<String> candidates = dateCandidates(doc);
    LocalDate published = null;
    for (String candidate : candidates) {
      Optional<LocalDate> date = MetadataDates.parse(candidate);
      if (date.isPresent()) {
        published = date.get();
        break;
      }
    }
    String unreadable = published == null && !candidates.isEmpty() ? candidates.get(0) : null;
    return new PageMetadata(title, meta(doc, "meta[property=og:site_name]"), url, published,
        unreadable);
  }

  private static List<String> dateCandidates(Document doc) {
    List<String> values = new ArrayList<>();
    for (String selector : DATE_META) {
      String value = meta(doc, selector);
      if (value != null) {
        values.add(value);
      }
    }
    for (Element script : doc.select("script[type=application/ld+json]")) {
      Matcher m = LD_DATE.matcher(script.data());
      if (m.find()) {
        values.add(m.group(1));
      }
    }
    String time = attr(doc.selectFirst(
        "time[pubdate][datetime], time[itemprop=datePublished][datetime]"), "datetime");
    if (time == null) {
      time = attr(doc.selectFirst("time[datetime]"), "datetime");
    }
    if (time != null && !time.isBlank()) {
      values.add(time);
    }
    return values;
  }

  private static String meta(Document doc, String selector) {
    String value = attr(doc.selectFirst(selector), "content");
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String attr(Element element, String name) {
    if (element == null || !element.hasAttr(name.startsWith("abs:") ? name.substring(4) : name)) {
      return null;
    }
    String value = element.attr(name).strip();
    return value.isEmpty() ? null : value;
  }

  private static String textOf(Element element) {
    return element == null ? null : element.text();
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }
}
