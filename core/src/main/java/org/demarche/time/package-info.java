/**
 * Time expressions for news: SUTime's values corrected where news differs from its defaults.
 *
 * <p>No CoreNLP types here: {@link org.demarche.time.TimexNormalizer} takes the expression's
 * text, SUTime's value and type, the publication date and the sentence, and returns the value;
 * {@link org.demarche.time.DateRangeFinder} finds {@code Oct. 12-13} style ranges SUTime misses;
 * {@link org.demarche.time.TenseCues} tells a reported past from an announced future by the
 * nearest tense cue; {@link org.demarche.time.DateWords} says which words can be part of a time
 * expression, so that SUTime (about 7 ms per sentence) reads only the sentences that hold one.
 * Decisions:
 * <ul>
 *   <li>A range's value is its first day ({@code 2022-10-12}); its span covers the whole range.
 *       A plain date keeps callers simple (event dates are days) and the scorer's prefix match
 *       holds for it.
 *   <li>{@code PRESENT_REF} is the publication date (news "now" is the day of the report);
 *       {@code PAST_REF}, {@code FUTURE_REF}, a year left unknown ({@code XXXX-...}) and a time
 *       of day without a day ({@code T00:00}) get a null value but the expression is kept with
 *       its type. A bare number that is no plausible year is dropped as no time expression.
 * </ul>
 */
package org.demarche.time;
