package org.demarche.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.demarche.model.PloverType;
import org.junit.jupiter.api.Test;

class ParamsTest {

  private static final Set<String> KNOWN = Set.of("q", "from", "to", "type", "page", "size", "country", "actor");

  private static Params params(String... kv) {
    Map<String, List<String>> m = new java.util.HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.computeIfAbsent(kv[i], k -> new java.util.ArrayList<>()).add(kv[i + 1]);
    }
    return Params.of(m, KNOWN);
  }

  private static void assertBad(String parameter, Consumer<Params> read, String... kv) {
    ApiException e = assertThrows(ApiException.class, () -> read.accept(params(kv)));
    assertEquals(400, e.status());
    assertEquals(parameter, e.parameter());
  }

  @Test
  void absentAndBlankValuesAreNull() {
    Params p = params("q", "  ", "from", "");
    assertNull(p.text("q"));
    assertNull(p.date("from"));
    assertNull(p.type("type"));
    assertEquals(1, p.page());
    assertEquals(20, p.size(20));
  }

  @Test
  void validValuesAreParsed() {
    Params p = params("q", " Tokayev ", "from", "2022-10-01", "to", "2022-10-31", "type", "support",
        "page", "3", "size", "200", "country", "kaz", "actor", "person:kassym-jomart-tokayev");
    assertEquals("Tokayev", p.text("q"));
    assertEquals(new Params.DateRange(LocalDate.of(2022, 10, 1), LocalDate.of(2022, 10, 31)), p.dateRange());
    assertEquals(PloverType.SUPPORT, p.type("type"));
    assertEquals(3, p.page());
    assertEquals(200, p.size(20));
    assertEquals("KAZ", p.country("country"));
    assertEquals("person:kassym-jomart-tokayev", p.entityId("actor"));
  }

  @Test
  void badValuesNameTheirParameter() {
    assertBad("from", p -> p.date("from"), "from", "2022-02-30");
    assertBad("from", Params::dateRange, "from", "2023-01-02", "to", "2023-01-01");
    assertBad("type", p -> p.type("type"), "type", "HUG");
    assertBad("page", Params::page, "page", "0");
    assertBad("page", Params::page, "page", "99999999999");
    assertBad("size", p -> p.size(20), "size", "201");
    assertBad("size", p -> p.size(20), "size", "0");
    assertBad("country", p -> p.country("country"), "country", "KZ");
    assertBad("actor", p -> p.entityId("actor"), "actor", "Person:Tokayev");
    assertBad("q", p -> p.required("q"));
    assertBad("q", p -> p.text("q"), "q", "x".repeat(Params.MAX_TEXT + 1));
  }

  @Test
  void unknownAndRepeatedParametersAreRefused() {
    assertBad("query", p -> { }, "query", "x");
    assertBad("q", p -> { }, "q", "x", "q", "y");
  }
}
