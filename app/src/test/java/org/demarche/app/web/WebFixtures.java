package org.demarche.app.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.demarche.model.Article;
import org.demarche.model.Dateline;
import org.demarche.model.Entity;
import org.demarche.model.EntityType;
import org.demarche.event.CameoCodes;
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
 * A small database of hand-built extractions for the web tests; the articles are written for
 * the project. Tokayev is quoted in three articles and consulted by Mirziyoyev; Türkiye
 * supports Kazakhstan's territorial integrity twice; one article holds markup as text.
 */
final class WebFixtures {

  static final Entity TOKAYEV = new Entity("person:kassym-jomart-tokayev", "Kassym-Jomart Tokayev",
      EntityType.PERSON, "KAZ", "President of Kazakhstan",
      List.of("Kassym-Jomart Tokayev", "Qasym-Zhomart Toqaev", "Tokayev", "Toqaev"));
  static final Entity MIRZIYOYEV = new Entity("person:shavkat-mirziyoyev", "Shavkat Mirziyoyev",
      EntityType.PERSON, "UZB", "President of Uzbekistan", List.of("Shavkat Mirziyoyev", "Mirziyoyev"));
  static final Entity CAVUSOGLU = new Entity("person:mevlut-cavusoglu", "Mevlüt Çavuşoğlu",
      EntityType.PERSON, "TUR", "Foreign Minister of Türkiye", List.of("Mevlüt Çavuşoğlu", "Cavusoglu"));
  static final Entity TURKIYE = country("tur", "Türkiye", "TUR", "Türkiye", "Turkey", "Ankara");
  static final Entity KAZAKHSTAN = country("kaz", "Kazakhstan", "KAZ", "Kazakhstan", "Astana");
  static final Entity RUSSIA = country("rus", "Russia", "RUS", "Russia", "the Kremlin");
  static final Entity UKRAINE = country("ukr", "Ukraine", "UKR", "Ukraine", "Kyiv");

  static final String XSS_ID = "xss-comments";
  static final String XSS_TEXT = "A reader wrote <script>alert(1)</script> and <b>bold</b> under a story "
      + "about Kazakhstan.\nThe editors left the comment as it was written.";

  static final String SUPPORT_EVIDENCE = "Türkiye will continue to support Kazakhstan's territorial integrity";

  private WebFixtures() {}

  /** Creates the database {@code web.db} in {@code dir} and returns its path. */
  static Path createDb(Path dir) {
    Path path = dir.resolve("web.db");
    try (Database db = Database.open(path)) {
      for (Extraction x : all()) {
        db.store(x);
      }
    }
    return path;
  }

  static List<Extraction> all() {
    return List.of(astana(), astanaFebruary(), samarkand(), xss(), moscow(), odd());
  }

  /** Türkiye supports Kazakhstan's territorial integrity; Tokayev is quoted. */
  static Extraction astana() {
    String t = "ASTANA, Kazakhstan -- " + SUPPORT_EVIDENCE + ", Foreign Minister Mevlüt Çavuşoğlu said on "
        + "Tuesday.\nPresident Kassym-Jomart Tokayev thanked Ankara. \"This principle fully corresponds to "
        + "our nation's interests,\" Tokayev said.";
    Builder b = new Builder("astana-2022-10-12", t, LocalDate.of(2022, 10, 12), "RFE/RL",
        "Türkiye backs Kazakhstan's territorial integrity");
    b.dateline("ASTANA, Kazakhstan --", "Astana", "KAZ");
    b.mention(TURKIYE, "Türkiye", "alias").mention(KAZAKHSTAN, "Kazakhstan's", "possessive")
        .mention(CAVUSOGLU, "Mevlüt Çavuşoğlu", "name-key").mention(TOKAYEV, "Kassym-Jomart Tokayev", "alias")
        .mention(TURKIYE, "Ankara", "capital-metonym").mention(TOKAYEV, "Tokayev said", "surname", 7);
    b.quote("This principle fully corresponds to our nation's interests,", TOKAYEV, "Tokayev", "said", "cue-after");
    b.event(PloverType.SUPPORT, "051", new EventActor(TURKIYE.id(), "TUR", "Türkiye"),
        new EventActor(KAZAKHSTAN.id(), "KAZ", "Kazakhstan's"), "territorial integrity", Modality.FUTURE,
        LocalDate.of(2022, 10, 11), SUPPORT_EVIDENCE, "support");
    b.timex("on Tuesday", "2022-10-11");
    return b.build();
  }

  /** Ankara's renewed support, an agreement of Tokayev with Russia, a second Tokayev quote. */
  static Extraction astanaFebruary() {
    String support = "Ankara reaffirmed its support for the territorial integrity of Kazakhstan";
    String agree = "Tokayev and the Russian side signed an agreement on energy cooperation";
    String t = "ASTANA, Feb 28 (EFE).- " + support + " on Tuesday. " + agree + ". Toqaev said: "
        + "\"Kazakhstan values the friendship of the Turkic states.\"";
    Builder b = new Builder("astana-2023-02-28", t, LocalDate.of(2023, 2, 28), "EFE", null);
    b.dateline("ASTANA, Feb 28 (EFE).-", "Astana", "KAZ");
    b.mention(TURKIYE, "Ankara", "capital-metonym").mention(KAZAKHSTAN, "Kazakhstan", "alias")
        .mention(TOKAYEV, "Tokayev", "surname").mention(RUSSIA, "Russian", "demonym")
        .mention(TOKAYEV, "Toqaev", "transliteration");
    b.quote("Kazakhstan values the friendship of the Turkic states.", TOKAYEV, "Toqaev", "said", "cue-before");
    b.event(PloverType.SUPPORT, "051", new EventActor(null, "TUR", "Ankara"),
        new EventActor(KAZAKHSTAN.id(), "KAZ", "Kazakhstan"), "territorial integrity", Modality.ASSERTED,
        LocalDate.of(2023, 2, 28), support, "support");
    b.event(PloverType.AGREE, "057", new EventActor(TOKAYEV.id(), "KAZ", "Tokayev"),
        new EventActor(RUSSIA.id(), "RUS", "the Russian side"), "energy cooperation", Modality.ASSERTED,
        LocalDate.of(2023, 2, 28), agree, "signed");
    b.timex("on Tuesday", "2023-02-28");
    return b.build();
  }

  /** Mirziyoyev meets Tokayev; a third Tokayev quote. */
  static Extraction samarkand() {
    String met = "Shavkat Mirziyoyev met Tokayev in Samarkand";
    String t = "SAMARKAND, Uzbekistan -- " + met + " on Friday. \"Our region needs calm and trade,\" "
        + "Tokayev told reporters afterwards.";
    Builder b = new Builder("samarkand-2022-09-16", t, LocalDate.of(2022, 9, 16), "RFE/RL",
        "Mirziyoyev hosts Tokayev");
    b.dateline("SAMARKAND, Uzbekistan --", "Samarkand", "UZB");
    b.mention(MIRZIYOYEV, "Shavkat Mirziyoyev", "alias").mention(TOKAYEV, "Tokayev", "surname")
        .mention(TOKAYEV, "Tokayev told", "surname", 7);
    b.quote("Our region needs calm and trade,", TOKAYEV, "Tokayev", "told", "cue-after");
    b.event(PloverType.CONSULT, "040", new EventActor(MIRZIYOYEV.id(), "UZB", "Shavkat Mirziyoyev"),
        new EventActor(TOKAYEV.id(), "KAZ", "Tokayev"), null, Modality.ASSERTED,
        LocalDate.of(2022, 9, 16), met, "met");
    b.timex("on Friday", "2022-09-16");
    return b.build();
  }

  /** Markup in an article is text, not markup. */
  static Extraction xss() {
    Builder b = new Builder(XSS_ID, XSS_TEXT, LocalDate.of(2023, 3, 1), null, "<img src=x onerror=alert(2)>");
    b.mention(KAZAKHSTAN, "Kazakhstan", "alias");
    return b.build();
  }

  /** Russia accuses Ukraine; Ukraine rejects it. */
  static Extraction moscow() {
    String accuse = "the Kremlin accused Ukraine of shelling the plant";
    String reject = "Kyiv rejected the claim";
    String t = "MOSCOW -- On Monday " + accuse + ". " + reject + " within hours.";
    Builder b = new Builder("moscow-2023-05-08", t, LocalDate.of(2023, 5, 8), "TASS", null);
    b.mention(RUSSIA, "the Kremlin", "government-metonym").mention(UKRAINE, "Ukraine", "alias")
        .mention(UKRAINE, "Kyiv", "capital-metonym");
    b.event(PloverType.ACCUSE, "112", new EventActor(RUSSIA.id(), "RUS", "the Kremlin"),
        new EventActor(UKRAINE.id(), "UKR", "Ukraine"), "shelling", Modality.ASSERTED,
        LocalDate.of(2023, 5, 8), accuse, "accused");
    b.event(PloverType.REJECT, "120", new EventActor(UKRAINE.id(), "UKR", "Kyiv"),
        new EventActor(RUSSIA.id(), "RUS", null), null, Modality.ASSERTED,
        LocalDate.of(2023, 5, 8), reject, "rejected");
    return b.build();
  }

  /** An id as JSON Lines input may give it: a URL with slashes, a query and markup. */
  static final String ODD_ID = "https://example.org/news/2023/05/1?ref=<rss>&x=a b#top";

  static Extraction odd() {
    return new Builder(ODD_ID, "Officials in Bishkek opened a new bridge over the river.", null, null, null)
        .build();
  }

  private static Entity country(String code, String name, String alpha3, String... aliases) {
    return new Entity("country:" + code, name, EntityType.COUNTRY, alpha3, null, List.of(aliases));
  }

  /** Builds one extraction; spans are found in the text by the words they cover. */
  static final class Builder {
    private final Article article;
    private final String text;
    private Dateline dateline;
    private final Map<String, EntityMentions> entities = new java.util.LinkedHashMap<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Timex> timexes = new ArrayList<>();

    Builder(String id, String text, LocalDate published, String outlet, String title) {
      this.text = text;
      this.article = new Article(id, "test/" + id + ".txt", outlet, published,
          published == null ? null : PublishedBasis.HEADER, text,
          title == null ? Map.of() : Map.of("title", title));
    }

    Span span(String needle) {
      int start = text.indexOf(needle);
      if (start < 0) {
        throw new IllegalArgumentException("not in text of " + article.id() + ": " + needle);
      }
      return new Span(start, start + needle.length());
    }

    Builder dateline(String words, String place, String country) {
      dateline = new Dateline(words, span(words), place, country, null, null);
      return this;
    }

    Builder mention(Entity e, String words, String rule) {
      return mention(e, words, rule, words.length());
    }

    /** A mention of the first {@code length} characters of {@code context}. */
    Builder mention(Entity e, String context, String rule, int length) {
      Span s = span(context);
      Span m = new Span(s.start(), s.start() + length);
      EntityMentions old = entities.get(e.id());
      List<Mention> ms = new ArrayList<>(old == null ? List.of() : old.mentions());
      ms.add(new Mention(m, m.slice(text), e.id(), rule));
      entities.put(e.id(), new EntityMentions(e, ms));
      return this;
    }

    Builder quote(String words, Entity speaker, String speakerWords, String cue, String rule) {
      Span s = span(words);
      int sp = text.indexOf(speakerWords, s.end());
      Span speakerSpan = sp < 0 ? span(speakerWords) : new Span(sp, sp + speakerWords.length());
      quotes.add(new Quote(s, words, speaker.id(), speakerWords, speakerSpan, cue, rule));
      return this;
    }

    Builder event(PloverType type, String cameo, EventActor source, EventActor target, String issue,
        Modality modality, LocalDate date, String evidence, String trigger) {
      Span e = span(evidence);
      // the sentence: from after the previous full stop (or the start) to the next one
      int previous = text.lastIndexOf(". ", e.start());
      int start = previous < 0 ? 0 : previous + 2;
      int end = text.indexOf('.', e.end());
      Span sentence = new Span(start, end < 0 ? text.length() : end + 1);
      Place place = dateline == null ? null : new Place(dateline.place(), dateline.country());
      events.add(new Event(type, cameo, CameoCodes.quadClass(cameo), CameoCodes.standard().goldstein(cameo), source, target, issue, false, modality, date, place, sentence, e,
          evidence, trigger));
      return this;
    }

    Builder timex(String words, String value) {
      timexes.add(new Timex(words, span(words), value, "DATE"));
      return this;
    }

    Extraction build() {
      return new Extraction(article, dateline, List.copyOf(entities.values()), quotes, events, timexes);
    }
  }
}
