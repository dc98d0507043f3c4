package org.demarche.app.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves the web page from the classpath folder {@value #ROOT} and nothing else: a path is
 * looked up only when it is plain names of letters, digits, {@code -} and {@code _} joined by
 * {@code /} with a known extension, so {@code ..}, {@code %2e}, backslashes and absolute paths
 * are all not found. Files are read once and kept. Thread-safe.
 */
final class StaticFiles {

  static final String ROOT = "org/demarche/web/";

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.[a-z]+");
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "json", "application/json; charset=utf-8",
      "svg", "image/svg+xml",
      "png", "image/png",
      "ico", "image/x-icon",
      "txt", "text/plain; charset=utf-8");

  /** A file's bytes and content type. */
  record File(byte[] bytes, String type) {}

  private final Map<String, Optional<File>> cache = new ConcurrentHashMap<>();

  /** Serves {@code /} as {@code index.html}, other paths as the file of that name, else 404. */
  void serve(Context ctx) {
    String path = ctx.path().substring(1);
    File f = find(path.isEmpty() ? "index.html" : path)
        .orElseThrow(() -> ApiException.notFound(path.startsWith("api/")
            ? "no API endpoint " + ctx.path() + "; see /openapi.json" : "not found: " + ctx.path()));
    ctx.contentType(f.type()).header("Cache-Control", "no-cache").result(f.bytes());
  }

  /** The file at {@code path} under {@link #ROOT}, or empty when absent or not a safe path. */
  Optional<File> find(String path) {
    if (!SAFE.matcher(path).matches()) {
      return Optional.empty();
    }
    String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1));
    if (type == null) {
      return Optional.empty();
    }
    return cache.computeIfAbsent(path, p -> read(p, type));
  }

  private static Optional<File> read(String path, String type) {
    try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(ROOT + path)) {
      return in == null ? Optional.empty() : Optional.of(new File(in.readAllBytes(), type));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the web page's file " + path, e);
    }
  }
}
