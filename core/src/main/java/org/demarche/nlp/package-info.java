/**
 * The NLP stage: the only package that imports Stanford CoreNLP.
 *
 * <p>{@link org.demarche.nlp.CoreNlpAnnotator} turns an {@code Article} into an
 * {@code AnnotatedArticle} of Demarche's own records, as {@link org.demarche.nlp.NlpConfig}
 * says. Every sentence is tokenized, tagged and lemmatized; NER, SUTime and the dependency parse
 * run only on the sentences each {@link org.demarche.nlp.SentenceSelection} picks from that
 * draft. The standard pipeline's selections ({@code org.demarche.pipeline.NlpNeeds}): NER where a
 * capitalized word is left that the gazetteer does not cover, SUTime where a date word stands
 * ({@code org.demarche.time.DateWords}), the parse where an event can be coded.
 *
 * <p>CPU per article of each CoreNLP stage on every sentence (seeds and samples, 365 tokens and
 * 14 sentences per article, warm, one thread, measured under a load of 15 on the 2-core machine,
 * so about 1.3 times the quiet figures):
 * <table>
 *   <caption>ms of CPU per article</caption>
 *   <tr><th>stage</th><th>ms</th></tr>
 *   <tr><td>tokenize and split</td><td>2</td></tr>
 *   <tr><td>part-of-speech tags (left3words)</td><td>24</td></tr>
 *   <tr><td>lemmas</td><td>2</td></tr>
 *   <tr><td>NER as CoreNLP's default: three CRF models, numbers, SUTime</td><td>175</td></tr>
 *   <tr><td>NER with the 3-class model only</td><td>19</td></tr>
 *   <tr><td>SUTime on its own</td><td>109</td></tr>
 *   <tr><td>CoreNLP's depparse annotator (five graphs per sentence)</td><td>149</td></tr>
 *   <tr><td>nndep called directly, basic and enhanced graphs only</td><td>83</td></tr>
 * </table>
 * On the 44 corpus and sample articles 39 % of the sentences hold a date word, 49 % an uncovered
 * capitalized word and 51 % an event trigger. {@code NlpBenchmark} in the tests and the JMH
 * benchmarks of the {@code bench} module repeat the measurements; {@code demarche bench} measures
 * the whole pipeline.
 */
package org.demarche.nlp;
