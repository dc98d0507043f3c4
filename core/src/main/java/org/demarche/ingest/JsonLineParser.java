package org.demarche.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.demarche.model.Article;
import org.demarche.model.Problem;
import org.demarche.model.PublishedBasis;

/**
 * Turns one JSON line into an article: {@code {"id", "text", "published"?, "url"?, "outlet"?,
 * "title"?}}. {@code outlet} becomes the article's outlet; every other field but {@code id},
 * {@code text} and {@code published} is kept in the metadata as a string (objects and arrays
 * as their JSON). Thread-safe.
 */
final class JsonLineParser {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private JsonLineParser() {}

  /**
   * Reports to {@code sink} the article on this line, or the problem that stops it from being
   * one (at {@code line N}): not valid JSON, not an object, no {@code text}, {@code text} not a
   * string or blank, {@code id} not a string or number. A {@code published} value that is not
   * a date is reported and the article is kept without a date.
   */
  static void parse(String source, long lineNumber, String line, ArticleSink sink) {
    parse(source, lineNumber, line, ReadLimits.defaults(), sink);
  }

  /**
   * As {@link #parse(String, long, String, ArticleSink)}, refusing a {@code text} over
   * {@code limits.maxTextChars()} ({@code text too long (N characters, limit M)}).
   */
  static void parse(String source, long lineNumber, String line, ReadLimits limits,
      ArticleSink sink) {
    String location = "line " + lineNumber;
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      // the column, not Jackson's wording: stable across versions and enough to find the fault
      long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
      sink.problem(new Problem(source, location,
          column > 0 ? "not valid JSON (at column " + column + ")" : "not valid JSON"));
      return;
    }
    if (node == null || !node.isObject()) {
      sink.problem(new Problem(source, location,
          "not a JSON object but " + describe(node)));
      return;
    }
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      sink.problem(new Problem(source, location, "no \"text\" field"));
      return;
    }
    if (!text.isTextual()) {
      sink.problem(new Problem(source, location,
          "\"text\" is " + describe(text) + ", not a string"));
      return;
    }
    String stored = StoredText.of(text.textValue());
    if (stored.isBlank()) {
      sink.problem(new Problem(source, location, "\"text\" is blank"));
      return;
    }
    if (!limits.acceptsText(source, location, stored, sink)) {
      return;
    }
    JsonNode idNode = node.get("id");
    String id;
    if (idNode == null || idNode.isNull()
        || (idNode.isTextual() && idNode.textValue().isBlank())) {
      id = SourceNames.stem(source) + "-" + lineNumber;
    } else if (idNode.isTextual() || idNode.isNumber()) {
      id = idNode.asText();
    } else {
      sink.problem(new Problem(source, location,
          "\"id\" is " + describe(idNode) + ", not a string"));
      return;
    }
    LocalDate published = published(node.get("published"), source, location, sink);
    sink.article(new Article(
        id,
        SourceNames.STDIN.equals(source) ? "-:" + lineNumber : source + ":" + lineNumber,
        scalar(node.get("outlet")),
        published,
        published == null ? null : PublishedBasis.METADATA,
        stored,
        metadata(node)));
  }

  private static LocalDate published(
      JsonNode value, String source, String location, ArticleSink sink) {
    if (value == null || value.isNull()) {
      return null;
    }
    Optional<LocalDate> date =
        value.isTextual() ? MetadataDates.parse(value.textValue()) : Optional.empty();
    if (date.isEmpty()) {
      sink.problem(new Problem(source, location,
          "\"published\" is not a date: " + abbreviate(value.toString())));
    }
    return date.orElse(null);
  }

  private static Map<String, String> metadata(JsonNode node) {
    Map<String, String> metadata = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String name = field.getKey();
      if (name.equals("id") || name.equals("text") || name.equals("published")
          || name.equals("outlet") || field.getValue().isNull()) {
        continue;
      }
      metadata.put(name, scalar(field.getValue()));
    }
    return metadata;
  }

  /** A scalar as its text, an object or array as its JSON, null as null. */
  private static String scalar(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  private static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case STRING -> "a string";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
