package org.demarche.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration (with the job's {@code spark.hadoop.*} settings: s3a
 * credentials, endpoints) shipped to the executors, which open the input files with it.
 * Hadoop's {@link Configuration} is not serializable; its entries are. Immutable.
 */
final class HadoopConf implements Serializable {

  private static final long serialVersionUID = 1L;

  private final HashMap<String, String> entries;
  private transient Configuration conf;

  private HadoopConf(HashMap<String, String> entries) {
    this.entries = entries;
  }

  /** A copy of {@code conf}'s entries. */
  static HadoopConf of(Configuration conf) {
    HashMap<String, String> entries = new HashMap<>();
    for (Map.Entry<String, String> e : conf) {
      entries.put(e.getKey(), e.getValue());
    }
    return new HadoopConf(entries);
  }

  /** The configuration again, built once per JVM that uses this copy. */
  synchronized Configuration get() {
    if (conf == null) {
      Configuration c = new Configuration(false);
      entries.forEach(c::set);
      conf = c;
    }
    return conf;
  }
}
