package org.demarche.app.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.demarche.store.Database;
import org.demarche.store.EntityProfile;

/**
 * Names the actors that events and quotes refer to by key. Asks the store once per key and
 * remembers the answer (at most {@value #CAPACITY} keys; then it starts over), so a name
 * changed by articles stored after the server started shows after a restart. Keys the store
 * has no entity for are named from the key: {@code country:kaz} becomes {@code Kazakhstan}
 * (the JDK's country names). Thread-safe.
 */
final class ActorDirectory {

  static final int CAPACITY = 50_000;

  private static final Map<String, String> ALPHA2_BY_ALPHA3 = alpha3Table();

  private final Database db;
  private final Map<String, ActorView> cache = new ConcurrentHashMap<>();

  ActorDirectory(Database db) {
    this.db = db;
  }

  /** The actor with id or key {@code key}; never null. */
  ActorView actor(String key) {
    ActorView known = cache.get(key);
    if (known != null) {
      return known;
    }
    ActorView found = db.entity(key).map(EntityProfile::entity).map(ActorView::of)
        .orElseGet(() -> fromKey(key));
    if (cache.size() >= CAPACITY) {
      cache.clear();
    }
    cache.put(key, found);
    return found;
  }

  /** An actor made from its key alone: a country's name for {@code country:xxx}, else the key. */
  static ActorView fromKey(String key) {
    if (key.startsWith("country:") && key.length() == "country:".length() + 3) {
      String alpha3 = key.substring("country:".length()).toUpperCase(Locale.ROOT);
      String alpha2 = ALPHA2_BY_ALPHA3.get(alpha3);
      String name = alpha2 == null ? alpha3 : new Locale("", alpha2).getDisplayCountry(Locale.ENGLISH);
      return new ActorView(key, name, "COUNTRY", alpha3, null);
    }
    return new ActorView(key, key, null, null, null);
  }

  private static Map<String, String> alpha3Table() {
    Map<String, String> table = new HashMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      table.put(new Locale("", alpha2).getISO3Country(), alpha2);
    }
    return Map.copyOf(table);
  }
}
