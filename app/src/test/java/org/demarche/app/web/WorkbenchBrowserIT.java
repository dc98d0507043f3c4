package org.demarche.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.demarche.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * The workbench page in headless Chromium over the {@link WebFixtures} database: the analyst's
 * path from a search to an actor, its quotes and network, and on to the evidence; untrusted
 * markup in articles stays text. Screenshots of each view go to {@code target/screenshots/}.
 */
class WorkbenchBrowserIT {

  @TempDir
  static Path dir;

  static Database db;
  static WebServer server;
  static Browser browser;
  static String base;

  @BeforeAll
  static void start() {
    browser = Browser.startOrSkip();
    db = Database.openReadOnly(WebFixtures.createDb(dir));
    server = WebServer.start(db, "127.0.0.1", 0);
    base = server.url().toString();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
      server.stop();
      db.close();
    }
  }

  @AfterEach
  void noConsoleErrorsNorErrorBoxes(TestInfo test) {
    if (!test.getTestMethod().orElseThrow().getName().startsWith("bad")) {
      assertEquals(List.of(), browser.all(".error").stream().map(WebElement::getText).toList(),
          "error shown on the page");
    }
    // a 4xx answer is logged by the browser; the page shows it, which the tests check
    List<String> errors = browser.consoleErrors().stream()
        .filter(e -> !e.contains("the server responded with a status of 4")).toList();
    assertEquals(List.of(), errors, "browser console errors");
  }

  @Test
  void searchLeadsToTheActorItsQuotesNetworkAndEvidence() {
    WebElement q = browser.open(base + "#/search", "#q");
    q.sendKeys("Tokayev", Keys.ENTER);
    browser.waitFor("#actor-chips");
    assertTrue(browser.waitFor("#hits").getText().contains("Tokayev"));
    assertEquals(3, browser.all("#hits > li.hit-article").size());
    browser.screenshot("search");

    browser.driver().findElement(By.linkText("Kassym-Jomart Tokayev")).click();
    browser.waitForText("#entity-name", "Kassym-Jomart Tokayev");
    assertTrue(browser.waitFor("#aliases").getText().contains("Toqaev"));
    String quotes = browser.waitFor("#entity-quotes").getText();
    assertTrue(quotes.contains("Our region needs calm and trade,"), quotes);
    assertTrue(quotes.contains("Kazakhstan values the friendship of the Turkic states."), quotes);
    assertEquals(1, browser.all("#entity-network circle[data-id='person:kassym-jomart-tokayev']").size());
    assertEquals(3, browser.all("#entity-network circle").size());
    assertEquals(2, browser.all("#entity-chart rect.bar").stream()
        .filter(r -> Double.parseDouble(r.getAttribute("height")) > 0).count());
    browser.screenshot("entity");

    browser.driver().executeScript("arguments[0].scrollIntoView()", browser.waitFor("#entity-quotes"));
    browser.screenshot("entity-timeline");
    WebElement evidence = browser.waitFor("#entity-timeline a.evidence");
    assertEquals("“Shavkat Mirziyoyev met Tokayev in Samarkand”", evidence.getText());
    evidence.click();
    browser.waitFor("#hl");
    assertEquals("SAMARKAND, Uzbekistan -- Shavkat Mirziyoyev met Tokayev in Samarkand on Friday.",
        highlighted());
    assertTrue(browser.driver().getCurrentUrl().contains("#/article/samarkand-2022-09-16?hl=0-"));
    browser.screenshot("article");
  }

  @Test
  void annotationsExplainThemselvesOnHover() {
    browser.open(base + "#/article/astana-2022-10-12", "#article-text");
    WebElement tokayev = browser.driver().findElement(
        By.cssSelector("#article-text a[href='#/entity/person%3Akassym-jomart-tokayev']"));
    String title = tokayev.findElement(By.xpath("..")).getAttribute("title");
    assertTrue(title.contains("Kassym-Jomart Tokayev (person:kassym-jomart-tokayev, PERSON, KAZ"), title);
    assertTrue(title.contains("rule: alias"), title);
    WebElement quote = browser.all("#article-text .a-quote").get(0);
    assertTrue(quote.getAttribute("title").contains("attribution rule: cue-after"), quote.getAttribute("title"));
    WebElement event = browser.all("#article-text .a-event").get(0);
    assertTrue(event.getAttribute("title").contains("Event SUPPORT (CAMEO 051): Türkiye → Kazakhstan"),
        event.getAttribute("title"));
  }

  @Test
  void markupInArticleTextIsShownAsTextAndNeverRuns() {
    browser.open(base + "#/article/" + WebFixtures.XSS_ID, "#article-text");
    WebElement text = browser.waitFor("#article-text");
    assertTrue(text.getText().contains("A reader wrote <script>alert(1)</script> and <b>bold</b> under a story"),
        text.getText());
    assertEquals(List.of(), browser.all("#article-text script, #article-text b, #view img"));
    assertEquals("<img src=x onerror=alert(2)>", browser.waitFor("h1").getText());
    assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert());
    browser.screenshot("article-markup");
  }

  @Test
  void articleWithAUrlForIdOpens() {
    browser.open(base + "#/article/" + ApiIT.component(WebFixtures.ODD_ID), "#article-text");
    browser.waitForText("h1", WebFixtures.ODD_ID);
    assertEquals("Officials in Bishkek opened a new bridge over the river.",
        browser.waitFor("#article-text").getText());
  }

  @Test
  void networkDrawsActorsAndWeightedEdges() {
    browser.open(base + "#/network", "svg.network");
    assertEquals(6, browser.all("svg.network circle").size());
    assertEquals(5, browser.all("svg.network path.edge").size());
    String dyads = browser.waitFor("#dyads").getText();
    assertTrue(dyads.contains("Türkiye Kazakhstan SUPPORT 2"), dyads);
    browser.screenshot("network");

    browser.open(base + "#/network?type=ACCUSE", "#dyads");
    browser.waitForText("#dyads", "ACCUSE");
    assertEquals(1, browser.all("svg.network path.edge").size());
  }

  @Test
  void positionsShowWhoSupportedWhoseTerritorialIntegrityWithEvidence() {
    browser.open(base + "#/positions", "#matrix");
    String matrix = browser.waitFor("#matrix").getText();
    assertTrue(matrix.contains("Türkiye"), matrix);
    assertTrue(matrix.contains("2022-10-11 – 2023-02-28"), matrix);
    assertEquals(2, browser.all("#matrix td.cell a.evidence").size());
    browser.screenshot("positions");

    browser.all("#matrix td.cell a.evidence").get(1).click();
    browser.waitFor("#hl");
    assertEquals("ASTANA, Feb 28 (EFE).- Ankara reaffirmed its support for the territorial integrity of "
        + "Kazakhstan on Tuesday.", highlighted());
  }

  @Test
  void badSearchSaysWhichParameterIsWrong() {
    browser.open(base + "#/search?q=%22unclosed", ".error");
    String error = browser.waitFor(".error").getText();
    assertTrue(error.startsWith("Parameter q: invalid search query"), error);
  }

  @Test
  void eventsListLinksToEvidence() {
    browser.open(base + "#/events?type=SUPPORT", "#events");
    assertEquals(2, browser.all("#events > li").size());
    assertFalse(browser.all("#events a.evidence").isEmpty());
    browser.screenshot("events");
  }

  @Test
  void viewsStayReadableOnAGeneratedDatabase(@TempDir Path other) {
    try (Database generated = Database.open(other.resolve("generated.db"))) {
      WebGenerate.fill(generated, 400, 7L);
    }
    try (Database db2 = Database.openReadOnly(other.resolve("generated.db"));
        WebServer server2 = WebServer.start(db2, "127.0.0.1", 0)) {
      String base2 = server2.url().toString();
      browser.open(base2 + "#/network", "svg.network");
      assertTrue(browser.all("svg.network circle").size() >= 14);
      browser.screenshot("network-generated");
      browser.open(base2 + "#/positions", "#matrix");
      assertTrue(browser.all("#matrix td.cell:not(.empty)").size() >= 10);
      browser.screenshot("positions-generated");
      browser.open(base2 + "#/entity/person:kassym-jomart-tokayev", "#entity-chart svg");
      assertTrue(browser.all("#entity-chart rect.bar").size() >= 12);
      browser.screenshot("entity-generated");
      browser.open(base2 + "#/search?q=corridor&country=KAZ", "#hits");
      browser.screenshot("search-generated");
    }
  }

  private static String highlighted() {
    return browser.all("#article-text .a-hl").stream().map(WebElement::getText).collect(Collectors.joining());
  }
}
