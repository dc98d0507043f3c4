/**
 * The NLP stage: the only package that imports Stanford CoreNLP.
 *
 * <p>{@link org.demarche.nlp.CoreNlpAnnotator} turns an {@code Article} into an
 * {@code AnnotatedArticle} of Demarche's own records, as {@link org.demarche.nlp.NlpConfig}
 * says. Measured on the five seed articles on the 2-core machine, warm, one thread (CPU time of
 * the annotating thread, over three runs; wall time was 15-60 % more while other builds ran):
 * <table>
 *   <caption>ms per article</caption>
 *   <tr><th>configuration</th><th>ms/article</th></tr>
 *   <tr><td>default: NER (coarse), SUTime, every sentence parsed</td><td>350-420</td></tr>
 *   <tr><td>parse CANDIDATES (57 % of sentences: an event verb or a quote)</td><td>320-370</td></tr>
 *   <tr><td>parse NONE</td><td>220-265</td></tr>
 *   <tr><td>NER off, SUTime on, parse NONE</td><td>145-160</td></tr>
 * </table>
 * Two threads over one shared instance annotate one article per 250-290 ms of wall time on a quiet machine (480 ms under a load of 5). The
 * default configuration annotates the 25 corpus articles in an {@code -Xmx800m} heap (1.0 GB
 * resident; 1.4 GB with {@code -Xmx1200m}); the benchmark JVM (all four configurations and two
 * threads, {@code -Xmx4g}, so the collector runs late) peaked at 3.3-3.5 GB resident.
 * {@code NlpBenchmark} in the tests repeats the measurement.
 */
package org.demarche.nlp;
