package org.demarche.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.demarche.model.PloverType;
import org.junit.jupiter.api.Test;

class CameoCodesTest {

  @Test
  void quadClassFollowsTheRoot() {
    assertEquals(List.of(1, 1, 2, 2, 3, 3, 4, 4),
        List.of("030", "051", "060", "0874", "090", "130", "140", "195").stream().map(CameoCodes::quadClass).toList());
  }

  @Test
  void standardTableHasGoldsteinAndPloverType() {
    CameoCodes codes = CameoCodes.standard();
    assertEquals(new CameoCodes.Code("051", 3.4, PloverType.SUPPORT, "Praise or endorse"), codes.get("051"));
    assertEquals(-10.0, codes.goldstein("195"));
    assertEquals(null, codes.get("010").plover());
  }

  @Test
  void unknownCodeFallsBackToItsParent() {
    assertEquals("087", CameoCodes.standard().get("0879").code());
    assertThrows(IllegalArgumentException.class, () -> CameoCodes.standard().get("99"));
  }

  @Test
  void malformedLineNamesFileAndLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CameoCodes.parse(
        new BufferedReader(new StringReader("# header\n051\t11.0\tSUPPORT\tPraise\n")), "c.tsv"));
    assertEquals("c.tsv:2: Goldstein value of 051 must be in [-10, 10]: 11.0", e.getMessage());
  }
}
