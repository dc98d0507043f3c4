package org.demarche.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.Map;
import org.demarche.event.EventKey;
import org.demarche.model.Article;
import org.demarche.model.EventActor;
import org.demarche.model.PloverType;
import org.demarche.model.PublishedBasis;
import org.junit.jupiter.api.Test;

class KeysTest {

  @Test
  void contentHashIsHexSha256OfLengthPrefixedFields() {
    String hash = ContentHash.of(Article.of("a", "text"));
    assertEquals(64, hash.length());
    assertEquals(hash, ContentHash.of(new Article("a", "elsewhere", "outlet", null, null, "text",
        Map.of("k", "v"))), "only id, text and date count");
  }

  @Test
  void contentHashSeparatesFields() {
    assertNotEquals(ContentHash.of(Article.of("ab", "c")), ContentHash.of(Article.of("a", "bc")));
    Article undated = Article.of("a", "t");
    assertNotEquals(ContentHash.of(undated),
        ContentHash.of(undated.withPublished(LocalDate.of(2020, 1, 1), PublishedBasis.HEADER)));
  }

  @Test
  void eventIdIsStableAndDependsOnEveryKeyField() {
    LocalDate d = LocalDate.of(2022, 10, 12);
    EventKey key = new EventKey(PloverType.SUPPORT, "country:tur", "country:kaz", d);
    assertEquals(key.id(), new EventKey(PloverType.SUPPORT, "country:tur", "country:kaz", d).id());
    assertEquals(true, key.id().matches("evt-[0-9a-f]{20}"), key.id());
    assertNotEquals(key.id(), key.on(d.plusDays(1)).id());
    assertNotEquals(key.id(), key.on(null).id());
    assertNotEquals(key.id(), new EventKey(PloverType.AGREE, "country:tur", "country:kaz", d).id());
    assertNotEquals(key.id(), new EventKey(PloverType.SUPPORT, "country:kaz", "country:tur", d).id());
    assertNotEquals(key.id(), new EventKey(PloverType.SUPPORT, "country:tur", null, d).id());
  }

  @Test
  void actorKeyIsEntityIdElseCountryEntityId() {
    assertEquals("person:x", EventKey.actorKey(new EventActor("person:x", "KAZ", null)));
    assertEquals("country:kaz", EventKey.actorKey(new EventActor(null, "KAZ", "Astana")));
  }
}
