package org.demarche.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StaticFilesTest {

  private final StaticFiles files = new StaticFiles();

  @ParameterizedTest
  @ValueSource(strings = {"index.html", "app.css", "openapi.json", "favicon.svg", "js/app.js", "js/dom.js"})
  void pageFilesAreFound(String path) {
    assertTrue(files.find(path).isPresent(), path);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "..", "../index.html", "js/../index.html", "js/./app.js", "/etc/passwd",
      "..\\..\\etc\\passwd", "%2e%2e/index.html", "js//app.js", "index.html/", "js", "index",
      "index.html\u0000.js", "WEB-INF/web.xml", "org/demarche/web/index.html", "js/app.js.map",
      "../../org/demarche/app/web/WebServer.class", "index.HTML"})
  void anythingElseIsNotFound(String path) {
    assertEquals(java.util.Optional.empty(), files.find(path).map(f -> path));
  }
}
