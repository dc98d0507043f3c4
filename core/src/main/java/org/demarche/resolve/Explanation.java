package org.demarche.resolve;

import java.time.LocalDate;
import java.util.List;
import org.demarche.model.EntityType;
import org.demarche.resolve.gazetteer.Standing;

/**
 * Why a text resolves as it does: each name found in it, every entry the name may mean, which
 * one was chosen and by which rule, spelling variant and tenure. Made by {@link ActorExplainer};
 * immutable.
 *
 * @param text the text explained, a name or a short phrase ({@code former President Aliyev})
 * @param date the date it was resolved at, or null for an undated article
 * @param names the names found, in text order; empty when the gazetteer knows none
 * @param slug the slug an unknown name would get as an id of its own ({@code person:<slug>}),
 *     null when names were found
 */
public record Explanation(String text, LocalDate date, List<Name> names, String slug) {

  /** Copies the list. */
  public Explanation {
    names = List.copyOf(names);
  }

  /**
   * One name in the text.
   *
   * @param surface the name as written
   * @param fold its ASCII fold ({@code toqaev})
   * @param key its romanization key ({@code tokaev})
   * @param readings the entries it may mean, the chosen one first
   */
  public record Name(String surface, String fold, String key, List<Reading> readings) {

    /** Copies the list. */
    public Name {
      readings = List.copyOf(readings);
    }
  }

  /**
   * One entry a name may mean.
   *
   * @param entityId the entry's id
   * @param name the entry's canonical name
   * @param type the entry's type
   * @param rule how the name matched it: {@code acronym}, {@code alias}, {@code demonym},
   *     {@code name-key}, {@code similar-name}
   * @param variant the spelling in the gazetteer the name matched ({@code Toqaev})
   * @param chosen whether this is the reading the resolver takes
   * @param why what the choice among several readings rested on (scores), or a short note
   * @param role for a capital or a seat, whether it acts and on which cue; else null
   * @param resolvedId the id the mention gets: the entry's, or its government's or
   *     organization's when a capital or a seat acts
   * @param standing role and country of {@code resolvedId} at the date, with the tenure used
   * @param provenance where the entry's data comes from
   */
  public record Reading(String entityId, String name, EntityType type, String rule, String variant,
      boolean chosen, String why, String role, String resolvedId, Standing standing,
      String provenance) {}
}
