package org.demarche.nlp;

/**
 * The default-configured annotator shared by the test classes of this package: the models load
 * once per test JVM.
 */
final class SharedAnnotator {

  private static CoreNlpAnnotator instance;

  private SharedAnnotator() {}

  static synchronized CoreNlpAnnotator get() {
    if (instance == null) {
      instance = new CoreNlpAnnotator(NlpConfig.defaults().withThreads(2));
    }
    return instance;
  }
}
