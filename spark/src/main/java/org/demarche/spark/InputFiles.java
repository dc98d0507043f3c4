package org.demarche.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.demarche.model.Problem;

/**
 * Lists the files under the paths given to the job, on any Hadoop file system ({@code file:},
 * {@code hdfs:}, {@code s3a:}, ...), the way {@code demarche extract} lists local paths: a
 * directory is walked recursively in name order, and a file is named by the path as given (or
 * the directory as given, a slash and the file's path under it). Hidden names ({@code .x}) are
 * skipped, and so are Hadoop's markers ({@code _SUCCESS}, {@code _temporary}). A path with glob
 * characters ({@code s3a://bucket/cc-news/2025/*.warc.gz}) is expanded by the file system, each
 * match named by its full URI. A path that matches nothing or an empty file is a problem, not a
 * failure. Runs on the driver; file contents are not read here.
 */
final class InputFiles {

  /** The files found and the problems met. */
  record Listing(List<InputFile> files, List<Problem> problems) {}

  private InputFiles() {}

  /** The files under {@code paths}, in order. */
  static Listing list(List<String> paths, Configuration conf) throws IOException {
    List<InputFile> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (String given : paths) {
      Path path = new Path(given);
      FileSystem fs = path.getFileSystem(conf);
      if (isGlob(given)) {
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
          problems.add(new Problem(given, null, "no file matches"));
          continue;
        }
        for (FileStatus match : sorted(matches)) {
          add(fs, match, match.getPath().toString(), files, problems);
        }
      } else if (!fs.exists(path)) {
        problems.add(new Problem(given, null, "no such file or directory"));
      } else {
        add(fs, fs.getFileStatus(path), given, files, problems);
      }
    }
    return new Listing(List.copyOf(files), List.copyOf(problems));
  }

  private static void add(FileSystem fs, FileStatus status, String name, List<InputFile> files,
      List<Problem> problems) throws IOException {
    if (status.isDirectory()) {
      String prefix = name.endsWith("/") ? name : name + "/";
      for (FileStatus child : sorted(fs.listStatus(status.getPath()))) {
        String childName = child.getPath().getName();
        if (!childName.startsWith(".") && !childName.startsWith("_")) {
          add(fs, child, prefix + childName, files, problems);
        }
      }
    } else if (status.getLen() == 0) {
      problems.add(new Problem(name, null, "empty file"));
    } else {
      files.add(new InputFile(name, status.getPath().toString(), files.size()));
    }
  }

  private static List<FileStatus> sorted(FileStatus[] statuses) {
    List<FileStatus> out = new ArrayList<>(Arrays.asList(statuses));
    out.sort(Comparator.comparing(s -> s.getPath().toString()));
    return out;
  }

  private static boolean isGlob(String path) {
    return path.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }
}
