/**
 * Reading every input format into {@link org.demarche.model.Article} records.
 *
 * <p>{@link org.demarche.ingest.Inputs} walks files, directories and standard input and hands
 * each source to the {@link org.demarche.ingest.ArticleReader} for its format:
 * {@link org.demarche.ingest.PlainTextReader}, {@link org.demarche.ingest.JsonLinesReader},
 * {@link org.demarche.ingest.HtmlReader} and {@link org.demarche.ingest.WarcReader}. Bad input
 * never throws: it becomes a {@link org.demarche.model.Problem} naming the source, the place in
 * it ({@code line 12}, {@code record 3}) and the reason, and the rest of the batch goes on.
 *
 * <h2>The stored text</h2>
 * Every reader stores the article text in the same shape, and all offsets in Demarche are
 * character offsets (UTF-16 units) into that stored text, never into the bytes of the file:
 * <ul>
 *   <li>bytes are decoded strictly (invalid input is reported with its byte offset, never
 *       replaced by U+FFFD);
 *   <li>a leading byte order mark is dropped;
 *   <li>line ends are normalized: {@code \r\n} and a lone {@code \r} become {@code \n};
 *   <li>a plain-text {@code date YYYY-MM-DD} header is removed together with the white space
 *       around it, so the text starts at the first character of the body;
 *   <li>nothing else is trimmed or rewritten.
 * </ul>
 *
 * <h2>Limits</h2>
 * {@link org.demarche.ingest.ReadLimits}: 20 MiB per article (a file, a JSON line, a WARC
 * payload; reading stops one byte past it), 200,000 characters of stored text, and HTML nested
 * at most {@value org.demarche.ingest.HtmlExtractor#MAX_DEPTH} elements deep. Input over a limit
 * is reported and skipped before any NLP, never truncated. Text that is not UTF-8 is refused,
 * not guessed; the problem names the likely encoding ({@code EncodingGuess}).
 *
 * <h2>The publication date</h2>
 * Readers set {@code published} from a plain-text header ({@code HEADER}) or a metadata field
 * ({@code METADATA}). The {@link org.demarche.ingest.DatelineParser} reads the dateline; the
 * pipeline combines both with {@link org.demarche.ingest.PublicationDate#choose}: header, then
 * metadata, then a dateline that states its year.
 */
package org.demarche.ingest;
