package org.demarche.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.demarche.resolve.ActorExplainer;
import org.demarche.resolve.Explanation;
import org.demarche.resolve.gazetteer.Gazetteer;
import org.demarche.resolve.gazetteer.GazetteerEntry;
import org.demarche.resolve.gazetteer.Office;
import org.demarche.resolve.gazetteer.PetrarchImport;
import org.demarche.resolve.gazetteer.PetrarchImporter;
import org.demarche.resolve.gazetteer.Standing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code demarche actors}: look into actor resolution and the gazetteer. */
@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Explains how names resolve to actors, and converts actor dictionaries to the gazetteer format.",
    subcommands = {ActorsCommand.Explain.class, ActorsCommand.ImportPetrarch.class},
    footer = {"", "Exit codes: 0 all input read, 1 some input rejected, 2 usage error."})
final class ActorsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a subcommand is required: explain or import-petrarch");
  }

  /** The gazetteer: the shipped one, or it with the user's files. */
  static Gazetteer gazetteer(List<Path> files) {
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new IllegalArgumentException("--gazetteer: no such file: " + f);
      }
    }
    return files.isEmpty() ? Gazetteer.loadDefault() : Gazetteer.load(files);
  }

  /** {@code demarche actors explain NAME}. */
  @Command(
      name = "explain",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      description = {
        "Shows what NAME resolves to and why: the rule and the spelling it matched, the choice",
        "among several entries, and the office held at --date (or the latest one).",
        "NAME may carry words around it: \"former President Aliyev\", \"Ankara's call\"."
      },
      footer = {"", "Exit codes: 0 every NAME resolved, 1 some NAME is not in the gazetteer, 2 usage error."})
  static final class Explain implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "Names or short phrases to explain.")
    List<String> names;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
        description = "The article's date (default: undated, as an article without a date).")
    String date;

    @Option(names = "--gazetteer", paramLabel = "FILE",
        description = "Extra gazetteer rows that add to or override the built-in ones. Repeatable.")
    List<Path> gazetteers = new ArrayList<>();

    @Override
    public Integer call() {
      LocalDate day = parseDate(date);
      ActorExplainer explainer = new ActorExplainer(gazetteer(gazetteers));
      PrintStream out = System.out;
      int unknown = 0;
      for (String name : names) {
        Explanation e = explainer.explain(name, day);
        print(e, out);
        if (e.names().isEmpty()) {
          unknown++;
        }
      }
      return unknown == 0 ? Main.OK : Main.SOME_REJECTED;
    }

    private static LocalDate parseDate(String text) {
      if (text == null) {
        return null;
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("--date must be YYYY-MM-DD: " + text);
      }
    }

    static void print(Explanation e, PrintStream out) {
      out.println(e.text() + (e.date() == null ? "  (undated)" : "  (on " + e.date() + ")"));
      if (e.names().isEmpty()) {
        out.println("  not in the gazetteer; as a name NER finds it becomes an entity of its own"
            + (e.slug() == null ? "" : ": person:" + e.slug() + ", org:" + e.slug() + " or location:" + e.slug())
            + ", its country from the words around it");
      }
      for (Explanation.Name n : e.names()) {
        out.println("  \"" + n.surface() + "\"  fold: " + n.fold() + "  key: " + n.key());
        for (Explanation.Reading r : n.readings()) {
          out.println((r.chosen() ? "    -> " : "    (not) ") + r.entityId() + "  " + r.name()
              + "  [" + r.type() + "]");
          out.println("         rule: " + r.rule() + ", matching \"" + r.variant() + "\"");
          if (n.readings().size() > 1 || !r.why().startsWith("the only")) {
            out.println("         choice: " + r.why());
          }
          if (r.role() != null) {
            out.println("         as a capital or seat: " + r.role() + " -> " + r.resolvedId());
          }
          out.println("         " + standing(r.standing()));
          out.println("         source: " + r.provenance());
        }
      }
    }

    private static String standing(Standing s) {
      String country = s.country() == null ? "no country" : s.country();
      Office o = s.office();
      return switch (s.basis()) {
        case IN_OFFICE -> "role: " + s.role() + " (" + country + "), tenure " + tenure(o) + " covers the date";
        case LATEST_OFFICE -> "role: " + s.role() + " (" + country + "), latest tenure " + tenure(o) + ", still open";
        case PRINCIPAL_OFFICE -> "role: " + s.role() + " (" + country + "), principal office " + tenure(o)
            + "; all tenures have ended and the date is unknown";
        case OUT_OF_OFFICE -> "role: none at the date; acts for " + country + " (home country)"
            + (o == null ? "" : "; last office: " + o.role() + " " + tenure(o));
        case NO_OFFICES -> "country: " + country;
      };
    }

    private static String tenure(Office o) {
      return (o.from() == null ? "?" : o.from().toString()) + " to "
          + (o.to() == null ? "open" : o.to().toString());
    }
  }

  /** {@code demarche actors import-petrarch FILE}. */
  @Command(
      name = "import-petrarch",
      mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      description = {
        "Converts a PETRARCH/Phoenix actor dictionary (TABARI format, such as",
        "Phoenix.Countries.actors.txt) into a gazetteer file for --gazetteer: people with one row",
        "per dated code, organizations, and # notes on whatever was left out. Actors whose id the",
        "gazetteer already has are left out unless --keep-known is given."
      },
      footer = {"", "Exit codes: 0 all input read, 1 some lines could not be read (listed as # notes), 2 usage error."})
  static final class ImportPetrarch implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The actor dictionary (UTF-8 or ASCII).")
    Path file;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
        description = "Write here instead of standard output (written whole or not at all).")
    Path out;

    @Option(names = "--keep-known",
        description = "Also convert actors the gazetteer already has (they would override it).")
    boolean keepKnown;

    @Option(names = "--gazetteer", paramLabel = "FILE",
        description = "Extra gazetteer rows whose ids also count as known. Repeatable.")
    List<Path> gazetteers = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("no such file: " + file);
      }
      Set<String> known = new HashSet<>();
      if (!keepKnown) {
        for (GazetteerEntry e : gazetteer(gazetteers).entries()) {
          known.add(e.id());
        }
      }
      PetrarchImport result;
      var decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
      try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
        result = PetrarchImporter.convert(in, known);
      } catch (UncheckedIOException e) {
        if (e.getCause() instanceof CharacterCodingException) {
          System.err.println("demarche: " + file + ": not UTF-8 text; nothing written");
          return Main.SOME_REJECTED;
        }
        throw e;
      }
      write(result.lines());
      System.err.printf("demarche: %s: %d people, %d organizations converted; %d actors left out, %d lines unreadable%s%n",
          file, result.people(), result.organizations(), result.skipped(), result.problems(),
          out == null ? "" : "; wrote " + out);
      return result.problems() == 0 ? Main.OK : Main.SOME_REJECTED;
    }

    private void write(List<String> lines) throws Exception {
      if (out == null) {
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        lines.forEach(stdout::println);
        stdout.flush();
        return;
      }
      AtomicOutput.write(out, stream -> {
        stream.write((String.join("\n", lines) + (lines.isEmpty() ? "" : "\n")).getBytes(StandardCharsets.UTF_8));
        return null;
      });
    }
  }
}
