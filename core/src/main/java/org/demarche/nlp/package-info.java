/**
 * The NLP stage: the only package that imports Stanford CoreNLP.
 *
 * <p>{@link org.demarche.nlp.CoreNlpAnnotator} turns an {@code Article} into an
 * {@code AnnotatedArticle} of Demarche's own records, as {@link org.demarche.nlp.NlpConfig}
 * says. Measured on the five seed articles on the 2-core machine, warm, one thread (CPU time of
 * the annotating thread; wall time was 10-20 % more while other builds ran):
 * <table>
 *   <caption>ms per article</caption>
 *   <tr><th>configuration</th><th>ms/article</th></tr>
 *   <tr><td>default: NER (coarse), SUTime, every sentence parsed</td><td>about 390-420</td></tr>
 *   <tr><td>parse CANDIDATES (57 % of sentences: an event verb or a quote)</td><td>about 320-370</td></tr>
 *   <tr><td>parse NONE</td><td>about 220-265</td></tr>
 *   <tr><td>NER off, SUTime on, parse NONE</td><td>about 150-160</td></tr>
 * </table>
 * Two threads over one shared instance annotate about 250-290 ms per article of wall time. The
 * benchmark JVM (all four configurations, -Xmx4g) peaked at 3.3-3.5 GB resident; the models take
 * about 1.5 GB of heap. {@code NlpBenchmark} in the tests repeats the measurement.
 */
package org.demarche.nlp;
