package org.demarche.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.demarche.model.Entity;
import org.demarche.model.EntityType;
import org.demarche.model.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityMergeTest {

  private static final String ID = "person:kassym-jomart-tokayev";

  @TempDir
  Path dir;

  @Test
  void oneRowPerEntityWithAliasesFromAllArticles() throws Exception {
    Path file = dir.resolve("demarche.db");
    Entity in2019 = new Entity(ID, "Kassym-Jomart Tokayev", EntityType.PERSON, "KAZ",
        "Chairman of the Senate", List.of("Kassym-Jomart Tokayev", "Tokayev"));
    Entity in2022 = new Entity(ID, "Kassym-Jomart Tokayev", EntityType.PERSON, "KAZ",
        "President of Kazakhstan", List.of("Kassym-Jomart Tokayev", "Toqaev", "Tokayev", "Токаев"));
    try (Database db = Database.open(file)) {
      Extraction later = Fixtures.plain("b", LocalDate.of(2022, 1, 5), "Toqaev spoke.", in2022);
      Extraction earlier = Fixtures.plain("a", LocalDate.of(2019, 3, 20), "Tokayev spoke.", in2019);
      db.store(later);
      db.store(earlier);

      assertEquals(1L, Tables.scalar(file, "SELECT count(*) FROM entities"));
      EntityProfile profile = db.entity(ID).orElseThrow();
      Entity merged = new Entity(ID, "Kassym-Jomart Tokayev", EntityType.PERSON, "KAZ",
          "President of Kazakhstan", List.of("Kassym-Jomart Tokayev", "Toqaev", "Tokayev", "Токаев"));
      assertEquals(merged, profile.entity(), "role from the latest-published article, aliases merged");
      assertEquals(2, profile.mentionCount());
      assertEquals(2, profile.articleCount());
      assertEquals(Optional.of(earlier), db.article("a"), "each article keeps its own view");
      assertEquals(Optional.of(later), db.article("b"));
    }
  }

  @Test
  void datedArticleWinsOverUndatedOne() {
    Entity dated = new Entity(ID, "Kassym-Jomart Tokayev", EntityType.PERSON, "KAZ", "President",
        List.of("Tokayev"));
    Entity undated = new Entity(ID, "K. Tokayev", EntityType.PERSON, "KAZ", null, List.of("K. Tokayev"));
    try (Database db = Database.open(dir.resolve("demarche.db"))) {
      db.store(Fixtures.plain("a", LocalDate.of(2020, 1, 1), "Tokayev.", dated));
      db.store(Fixtures.plain("b", null, "K. Tokayev.", undated));
      Entity e = db.entity(ID).orElseThrow().entity();
      assertEquals("President", e.role());
      assertEquals(List.of("Kassym-Jomart Tokayev", "Tokayev", "K. Tokayev"), e.aliases());
    }
  }

  @Test
  void unknownEntityIsEmpty() {
    try (Database db = Database.open(dir.resolve("demarche.db"))) {
      assertFalse(db.entity("person:nobody").isPresent());
    }
  }
}
