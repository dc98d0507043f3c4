/**
 * The analyst's workbench: a read-only HTTP JSON API (Javalin) over the SQLite store and the
 * static web page that uses it. {@link org.demarche.app.web.WebServer} is the entry point;
 * {@code demarche serve} and {@code demarche demo} start it.
 *
 * <pre>
 * GET /api/search?q=&amp;actor=&amp;country=&amp;type=&amp;from=&amp;to=&amp;page=&amp;size=   full text + filters
 * GET /api/articles/{id}                         text with entities, quotes, events, timexes
 * GET /api/entities/{id}                         names, office, counts, timeline, events per month
 * GET /api/quotes?speaker=&amp;page=&amp;size=            an actor's quotes
 * GET /api/events?actor=&amp;target=&amp;type=&amp;issue=&amp;from=&amp;to=&amp;page=&amp;size=
 * GET /api/network?from=&amp;to=&amp;type=&amp;actor=          dyads weighted by event counts, named nodes
 * GET /api/positions?issue=&amp;type=&amp;from=&amp;to=       source x target matrix of events with evidence
 * GET /openapi.json                              this API in OpenAPI 3
 * </pre>
 *
 * <p>Parameters are checked ({@code Params}): a bad or unknown one is answered 400 with JSON
 * naming it; unknown ids 404; methods other than GET/HEAD 405. Every event and quote carries
 * the article and offsets of its evidence, which the page opens as
 * {@code #/article/ID?hl=START-END}. The page builds its DOM from text nodes only, and the
 * Content-Security-Policy allows no inline script: article text is untrusted.
 */
package org.demarche.app.web;
