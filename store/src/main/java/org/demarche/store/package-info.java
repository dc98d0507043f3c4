/**
 * The SQLite store of extractions: {@link org.demarche.store.Database} is the entry point.
 *
 * <p>One file holds everything the JSONL export needs, so that exporting from the store gives
 * the same lines as exporting straight from extraction, plus merged entities, deduplicated
 * events and FTS5 indexes for the API:
 *
 * <pre>
 * articles(pk, id UNIQUE, content_hash, source_path, outlet, published, published_basis, text,
 *          dateline_text/start/end/place/country/outlet/date, ingested_at)
 * article_metadata(article_id, key, value)
 * entities(id PK, name, type, country, role, as_of, updated_at)       merged across articles
 * aliases(entity_id, alias)                                            accumulated, unique
 * article_entities(article_id, ord, entity_id, name, type, country, role)   as the article saw it
 * article_entity_aliases(article_id, entity_ord, ord, alias)
 * mentions(article_id, entity_ord, ord, entity_id, start, end, text, rule)
 * quotes(pk, article_id, ord, start, end, text, speaker_id, speaker_text, speaker_start,
 *        speaker_end, cue, rule)
 * events(id PK, type, source_key, target_key, date)                    deduplicated events
 * event_mentions(pk, event_id, article_id, ord, sentence_start/end, evidence_start/end,
 *        evidence_text, type, cameo, source_entity/country/text, target_entity/country/text,
 *        issue, negated, modality, date, location_name, location_country, trigger_word)
 * timexes(article_id, ord, start, end, text, value, type)
 * articles_fts, quotes_fts                 FTS5 over articles.text and quotes.text (triggers)
 * schema_version(version, description, applied_at)
 * </pre>
 *
 * <p>Child rows of an article cascade on its deletion. The exact DDL is in
 * {@link org.demarche.store.Schema}.
 */
package org.demarche.store;
