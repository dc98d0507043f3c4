/**
 * Actor resolution: every mention of a person, country, organization or place becomes an entity
 * id that is the same in every article ({@code person:kassym-jomart-tokayev}, {@code country:kaz},
 * {@code org:ots}, {@code location:astana}), with the role and country the entity has at the
 * article's date.
 *
 * <p>{@link org.demarche.resolve.GazetteerActorResolver} runs the rules in order: the names the
 * {@linkplain org.demarche.resolve.gazetteer.Gazetteer gazetteer} knows, longest first, matched
 * exactly, by ASCII fold and by romanization key ({@link org.demarche.resolve.gazetteer.NameKey});
 * a surname inside a longer unknown name is no mention of the known person; organizations and
 * structures NER finds around a place name are entities of their own; the choice among the
 * readings of an ambiguous name by what the article is about; the role of capitals and seats;
 * names only NER finds (surnames, given names, near-spellings, new entities with their country
 * from context); descriptions ({@code the Kazakh leader}). {@link
 * org.demarche.resolve.ActorExplainer} shows the same rules at work on one name.
 *
 * <p>Decisions:
 * <ul>
 *   <li>A person's {@code role} and {@code country} come from the tenure covering the article's
 *       date. Out of office the role is null and the country the one whose offices the person
 *       held longest (Saakashvili in 2024: {@code GEO}, not {@code UKR} from his 2015-2016
 *       governorship). Undated, the latest tenure if still open, else the principal one
 *       (Raisi: President of Iran).
 *   <li>A capital is its government only on a cue (subject of a finite verb, possessor, agent,
 *       object of {@code with}, {@code between}, {@code against}, of a verb one does something
 *       to a government with, a speaker before a colon); with no cue it is the city. A seat of an
 *       organization ({@code Brussels}) acts for the organization, not the country.
 *   <li>An ambiguous name weighs, in this order: being named unambiguously elsewhere in the
 *       article; a title before it ({@code former}, {@code President}); the country of the
 *       nearest unambiguous name in its sentence, then of the sentence and the article, the
 *       article's main country and the dateline's; prominence for places (a capital over a city
 *       over a village) and being in office for people.
 *   <li>A name nested in another ({@code Azerbaijan} in {@code Azerbaijan Airlines}) is not
 *       exported as a second mention: the other stages would read two actors at one place.
 *   <li>A dependent territory acts for its sovereign ({@code country:ncl} has country {@code FRA}).
 * </ul>
 *
 * <p>Measured on the shared 2-core machine (load average 12-17, so about five times slower than
 * quiet): building the resolver over the shipped gazetteer (1,650 entries, 5,600 names) takes
 * 0.3-0.6 s after the gazetteer is loaded; resolving the 231 cached corpus articles and PLOVER
 * sentences takes 4.6 ms per article warm (6 ms per 1,000 characters), 17 ms cold.
 */
package org.demarche.resolve;
