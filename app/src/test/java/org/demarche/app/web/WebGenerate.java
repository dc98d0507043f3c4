package org.demarche.app.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.demarche.model.Article;
import org.demarche.model.Dateline;
import org.demarche.model.Entity;
import org.demarche.model.EntityType;
import org.demarche.model.Event;
import org.demarche.model.EventActor;
import org.demarche.model.Extraction;
import org.demarche.model.Extraction.EntityMentions;
import org.demarche.model.Mention;
import org.demarche.model.Modality;
import org.demarche.model.Place;
import org.demarche.model.PloverType;
import org.demarche.model.PublishedBasis;
import org.demarche.model.Quote;
import org.demarche.model.Span;
import org.demarche.model.Timex;
import org.demarche.store.Database;

/**
 * Fills a database with synthetic articles for load tests and screenshots: four templates
 * (support for an issue, a meeting, an accusation and its rejection, an agreement) with
 * actors, issues, dates and filler sentences drawn from a seeded random source, so the same
 * seed gives the same database. Each article has entities with mentions, a quote and events
 * with evidence, like a real extraction. Run {@code main} to make a database by hand:
 * {@code WebGenerate FILE N [SEED]}.
 */
final class WebGenerate {

  record Country(String code, String name, String capital, String demonym) {
    Entity entity() {
      return new Entity("country:" + code.toLowerCase(Locale.ROOT), name, EntityType.COUNTRY, code, null,
          List.of(name, capital));
    }
  }

  record Person(String slug, String name, String surname, String country, String role) {
    Entity entity() {
      return new Entity("person:" + slug, name, EntityType.PERSON, country, role, List.of(name, surname));
    }
  }

  static final List<Country> COUNTRIES = List.of(
      new Country("KAZ", "Kazakhstan", "Astana", "Kazakh"), new Country("TUR", "Türkiye", "Ankara", "Turkish"),
      new Country("RUS", "Russia", "Moscow", "Russian"), new Country("UZB", "Uzbekistan", "Tashkent", "Uzbek"),
      new Country("KGZ", "Kyrgyzstan", "Bishkek", "Kyrgyz"), new Country("TJK", "Tajikistan", "Dushanbe", "Tajik"),
      new Country("AZE", "Azerbaijan", "Baku", "Azerbaijani"), new Country("CHN", "China", "Beijing", "Chinese"),
      new Country("USA", "United States", "Washington", "American"),
      new Country("DEU", "Germany", "Berlin", "German"), new Country("UKR", "Ukraine", "Kyiv", "Ukrainian"),
      new Country("IRN", "Iran", "Tehran", "Iranian"), new Country("TKM", "Turkmenistan", "Ashgabat", "Turkmen"),
      new Country("IND", "India", "New Delhi", "Indian"));

  static final List<Person> PEOPLE = List.of(
      new Person("kassym-jomart-tokayev", "Kassym-Jomart Tokayev", "Tokayev", "KAZ", "President of Kazakhstan"),
      new Person("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", "Erdoğan", "TUR", "President of Türkiye"),
      new Person("vladimir-putin", "Vladimir Putin", "Putin", "RUS", "President of Russia"),
      new Person("shavkat-mirziyoyev", "Shavkat Mirziyoyev", "Mirziyoyev", "UZB", "President of Uzbekistan"),
      new Person("sadyr-japarov", "Sadyr Japarov", "Japarov", "KGZ", "President of Kyrgyzstan"),
      new Person("emomali-rahmon", "Emomali Rahmon", "Rahmon", "TJK", "President of Tajikistan"),
      new Person("ilham-aliyev", "Ilham Aliyev", "Aliyev", "AZE", "President of Azerbaijan"),
      new Person("xi-jinping", "Xi Jinping", "Xi", "CHN", "President of China"),
      new Person("hakan-fidan", "Hakan Fidan", "Fidan", "TUR", "Foreign Minister of Türkiye"),
      new Person("sergei-lavrov", "Sergei Lavrov", "Lavrov", "RUS", "Foreign Minister of Russia"),
      new Person("murat-nurtleu", "Murat Nurtleu", "Nurtleu", "KAZ", "Foreign Minister of Kazakhstan"),
      new Person("bakhtiyor-saidov", "Bakhtiyor Saidov", "Saidov", "UZB", "Foreign Minister of Uzbekistan"));

  static final List<String> ISSUES = List.of("territorial integrity", "sovereignty", "energy cooperation",
      "transit corridors", "water sharing", "regional security", "trade", "the Middle Corridor");

  static final List<String> ACCUSATIONS = List.of("violating the ceasefire", "blocking transit cargo",
      "interfering in its elections", "shelling border villages", "diverting river water");

  static final List<String> QUOTES = List.of(
      "This principle fully corresponds to our nations' interests.",
      "We will not accept any pressure on our partners.",
      "Our region needs calm, trade and predictable borders.",
      "The corridor will carry twice as much cargo by next year.",
      "Dialogue is the only way to settle these questions.",
      "Our friendship rests on shared history and common interests.",
      "We expect concrete steps, not declarations.");

  static final List<String> FILLER = List.of(
      "The talks lasted more than three hours and ended with a joint statement.",
      "Officials said the parties discussed grain exports, rail freight and the price of gas.",
      "Analysts noted that the visit came weeks after a dispute over customs duties.",
      "A new pipeline is planned to cross the steppe before the end of the decade.",
      "Trade between the two countries grew by a fifth last year, according to official figures.",
      "The delegation also visited a wind farm and a logistics hub near the border.",
      "Several agreements on education, tourism and banking were initialed.",
      "The ministers agreed to meet again before the summit in the autumn.",
      "Observers described the atmosphere as constructive but cautious.",
      "Local media reported that the road to the airport was closed for the motorcade.",
      "Businessmen from both sides signed contracts worth several hundred million dollars.",
      "The statement made no mention of the sanctions imposed in the spring.",
      "Railway officials promised faster clearance of containers at the border crossing.",
      "Experts warned that drought could reduce the harvest across the region.",
      "The meeting was held behind closed doors, and journalists waited outside.",
      "A working group will prepare a roadmap for digital customs procedures.");

  private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
  private static final int DAYS = 5 * 365;
  private static final String[] OUTLETS = {"RFE/RL", "EFE", "TASS", "Kazinform", "Anadolu", "Xinhua", null};

  private final Random random;

  WebGenerate(long seed) {
    this.random = new Random(seed);
  }

  /** Stores {@code n} articles {@code gen-000000} … into {@code db}. */
  static void fill(Database db, int n, long seed) {
    WebGenerate g = new WebGenerate(seed);
    for (int i = 0; i < n; i++) {
      db.store(g.article(i));
    }
  }

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: WebGenerate FILE N [SEED]");
      System.exit(2);
    }
    try (Database db = Database.open(Path.of(args[0]))) {
      fill(db, Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 1L);
    }
  }

  /** Article number {@code i}. */
  Extraction article(int i) {
    String id = String.format("gen-%06d", i);
    LocalDate date = FIRST_DAY.plusDays(random.nextInt(DAYS));
    Text t = new Text();
    return switch (random.nextInt(4)) {
      case 0 -> support(id, date, t);
      case 1 -> meeting(id, date, t);
      case 2 -> accusation(id, date, t);
      default -> agreement(id, date, t);
    };
  }

  private Extraction support(String id, LocalDate date, Text t) {
    Country src = pick(COUNTRIES);
    Country tgt = other(src);
    Person speaker = personOf(src);
    String issue = pick(List.of("territorial integrity", "sovereignty", "territorial integrity", "independence"));
    Span dl = t.dateline(tgt.capital());
    int sentence = t.length();
    int evidence = t.length();
    t.mention(src.entity(), src.name(), "alias");
    t.add(" will continue to support ");
    t.mention(tgt.entity(), tgt.name() + "'s", "possessive");
    t.add(" " + issue);
    Span ev = new Span(evidence, t.length());
    t.add(", ");
    t.mention(speaker.entity(), speaker.name(), "alias");
    t.add(" said ");
    t.timex(date);
    t.add(".");
    Span sent = new Span(sentence, t.length());
    t.add(" ");
    t.filler(random, 2);
    t.quote(pick(QUOTES), speaker, "said", "cue-after");
    t.filler(random, 2 + random.nextInt(4));
    t.event(new Event(PloverType.SUPPORT, "051", 1, 3.4, actor(src), actor(tgt), issue, false,
        random.nextBoolean() ? Modality.FUTURE : Modality.ASSERTED, date.minusDays(1),
        new Place(tgt.capital(), tgt.code()), sent, ev, ev.slice(t.text()), "support"));
    return t.build(id, date, tgt, dl);
  }

  private Extraction meeting(String id, LocalDate date, Text t) {
    Person a = pick(PEOPLE);
    Person b = pick(PEOPLE);
    while (b.country().equals(a.country())) {
      b = pick(PEOPLE);
    }
    Country host = country(a.country());
    Span dl = t.dateline(host.capital());
    int start = t.length();
    Span am = t.mention(a.entity(), a.name(), "alias");
    t.add(" met ");
    Span bm = t.mention(b.entity(), b.name(), "alias");
    t.add(" in " + host.capital());
    Span ev = new Span(start, t.length());
    t.add(" ");
    t.timex(date);
    t.add(" to discuss " + pick(ISSUES) + ".");
    Span sent = new Span(start, t.length());
    t.add(" ");
    t.filler(random, 2);
    t.quote(pick(QUOTES), b, "told reporters", "cue-after");
    t.filler(random, 2 + random.nextInt(4));
    t.event(new Event(PloverType.CONSULT, "040", 1, 1.0, new EventActor(a.entity().id(), a.country(), am.slice(t.text())),
        new EventActor(b.entity().id(), b.country(), bm.slice(t.text())), null, false, Modality.ASSERTED, date,
        new Place(host.capital(), host.code()), sent, ev, ev.slice(t.text()), "met"));
    return t.build(id, date, host, dl);
  }

  private Extraction accusation(String id, LocalDate date, Text t) {
    Country src = pick(COUNTRIES);
    Country tgt = other(src);
    String claim = pick(ACCUSATIONS);
    Span dl = t.dateline(src.capital());
    int start = t.length();
    t.mention(src.entity(), src.name(), "alias");
    t.add(" accused ");
    t.mention(tgt.entity(), tgt.name(), "alias");
    t.add(" of " + claim);
    Span ev = new Span(start, t.length());
    t.add(" ");
    t.timex(date);
    t.add(".");
    Span sent = new Span(start, t.length());
    t.add(" ");
    int rejStart = t.length();
    t.mention(tgt.entity(), tgt.capital(), "capital-metonym");
    t.add(" rejected the claim");
    Span rej = new Span(rejStart, t.length());
    t.add(".");
    Span rejSent = new Span(rejStart, t.length());
    t.add(" ");
    t.filler(random, 2);
    Person speaker = personOf(tgt);
    t.quote(pick(QUOTES), speaker, "said", "cue-after");
    t.filler(random, 1 + random.nextInt(4));
    t.event(new Event(PloverType.ACCUSE, "112", 3, -2.0, actor(src), actor(tgt), claim, false, Modality.ASSERTED,
        date, null, sent, ev, ev.slice(t.text()), "accused"));
    t.event(new Event(PloverType.REJECT, "120", 3, -4.0, actor(tgt), actor(src), null, false,
        Modality.ASSERTED, date, null, rejSent, rej, rej.slice(t.text()), "rejected"));
    return t.build(id, date, src, dl);
  }

  private Extraction agreement(String id, LocalDate date, Text t) {
    Country a = pick(COUNTRIES);
    Country b = other(a);
    String issue = pick(ISSUES);
    Span dl = t.dateline(a.capital());
    int start = t.length();
    t.mention(a.entity(), a.name(), "alias");
    t.add(" and ");
    t.mention(b.entity(), b.name(), "alias");
    t.add(" signed an agreement on " + issue);
    Span ev = new Span(start, t.length());
    t.add(" ");
    t.timex(date);
    t.add(".");
    Span sent = new Span(start, t.length());
    t.add(" ");
    t.filler(random, 2);
    Person speaker = personOf(a);
    t.quote(pick(QUOTES), speaker, "said", "cue-after");
    t.filler(random, 2 + random.nextInt(4));
    t.event(new Event(PloverType.AGREE, "057", 1, 8.0, actor(a), actor(b), issue, false, Modality.ASSERTED,
        date, new Place(a.capital(), a.code()), sent, ev, ev.slice(t.text()), "signed"));
    return t.build(id, date, a, dl);
  }

  private static EventActor actor(Country c) {
    return new EventActor(c.entity().id(), c.code(), null);
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private Country other(Country c) {
    Country o = pick(COUNTRIES);
    while (o.equals(c)) {
      o = pick(COUNTRIES);
    }
    return o;
  }

  private Person personOf(Country c) {
    List<Person> ps = PEOPLE.stream().filter(p -> p.country().equals(c.code())).toList();
    return ps.isEmpty() ? pick(PEOPLE) : pick(ps);
  }

  private static Country country(String code) {
    return COUNTRIES.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
  }

  /** An article's text, written left to right, with the spans of what was written. */
  private final class Text {
    private final StringBuilder sb = new StringBuilder();
    private final Map<String, EntityMentions> entities = new LinkedHashMap<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Timex> timexes = new ArrayList<>();
    private String datelineText;

    int length() {
      return sb.length();
    }

    String text() {
      return sb.toString();
    }

    Span add(String s) {
      int start = sb.length();
      sb.append(s);
      return new Span(start, sb.length());
    }

    Span dateline(String capital) {
      datelineText = capital.toUpperCase(Locale.ROOT) + " --";
      Span s = add(datelineText);
      add(" ");
      return s;
    }

    Span mention(Entity e, String words, String rule) {
      Span s = add(words);
      EntityMentions old = entities.get(e.id());
      List<Mention> ms = new ArrayList<>(old == null ? List.of() : old.mentions());
      ms.add(new Mention(s, words, e.id(), rule));
      entities.put(e.id(), new EntityMentions(e, ms));
      return s;
    }

    Span timex(LocalDate date) {
      String words = "on " + date.minusDays(1).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      Span s = add(words);
      timexes.add(new Timex(words, s, date.minusDays(1).toString(), "DATE"));
      return s;
    }

    void filler(Random r, int n) {
      for (int i = 0; i < n; i++) {
        add(FILLER.get(r.nextInt(FILLER.size())) + " ");
      }
    }

    Span quote(String words, Person speaker, String cue, String rule) {
      add("\"");
      Span q = add(words);
      add("\" ");
      Span who = mention(speaker.entity(), speaker.surname(), "surname");
      add(" " + cue + ". ");
      quotes.add(new Quote(q, words, speaker.entity().id(), speaker.surname(), who, cue.split(" ")[0], rule));
      return q;
    }

    void event(Event e) {
      events.add(e);
    }

    Extraction build(String id, LocalDate published, Country place, Span dl) {
      String text = sb.toString().strip();
      String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
      Article a = new Article(id, "generated/" + id, outlet, published, PublishedBasis.METADATA, text,
          Map.of("title", "Synthetic report " + id));
      Dateline d = new Dateline(datelineText, dl, place.capital(), place.code(), null, null);
      return new Extraction(a, d, List.copyOf(entities.values()), quotes, events, timexes);
    }
  }
}
