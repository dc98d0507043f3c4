package org.demarche.ingest;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.function.Function;

/**
 * A small built-in table from place names to ISO 3166-1 alpha-3 codes, for datelines until
 * the gazetteer takes over: every country by its English name (from the JDK's CLDR data) and a
 * few alternative names ({@code Türkiye}, {@code Kyrgyz Republic}), plus capitals and major
 * cities, mostly of Central Asia, the Caucasus and their neighbours.
 *
 * <p>Lookup ignores case, diacritics and the apostrophe style ({@code xi’an} = {@code Xi'an}).
 * Immutable and thread-safe.
 */
public final class KnownPlaces implements Function<String, String> {

  private static final String ALIASES = "Türkiye=TUR,Turkey=TUR,Russia=RUS,Russian Federation=RUS,"
      + "Kyrgyz Republic=KGZ,Kirghizia=KGZ,Iran=IRN,Syria=SYR,Moldova=MDA,Vietnam=VNM,"
      + "United States=USA,US=USA,U.S.=USA,USA=USA,United States of America=USA,"
      + "United Kingdom=GBR,UK=GBR,Britain=GBR,Great Britain=GBR,Czech Republic=CZE,"
      + "South Korea=KOR,North Korea=PRK,Ivory Coast=CIV,Burma=MMR,Palestine=PSE,"
      + "UAE=ARE,United Arab Emirates=ARE,Holland=NLD,Laos=LAO,Macedonia=MKD";

  private static final String CITIES = "Astana=KAZ,Nur-Sultan=KAZ,Almaty=KAZ,Shymkent=KAZ,"
      + "Aktau=KAZ,Atyrau=KAZ,Karaganda=KAZ,Turkistan=KAZ,Baku=AZE,Ganja=AZE,Shusha=AZE,"
      + "Tashkent=UZB,Samarkand=UZB,Bukhara=UZB,Khiva=UZB,Nukus=UZB,Andijan=UZB,Termez=UZB,"
      + "Bishkek=KGZ,Osh=KGZ,Cholpon-Ata=KGZ,Dushanbe=TJK,Khujand=TJK,Ashgabat=TKM,"
      + "Ashkhabad=TKM,Turkmenbashi=TKM,Awaza=TKM,Tbilisi=GEO,Batumi=GEO,Yerevan=ARM,"
      + "Moscow=RUS,St. Petersburg=RUS,Saint Petersburg=RUS,Sochi=RUS,Kazan=RUS,Minsk=BLR,"
      + "Kyiv=UKR,Kiev=UKR,Odesa=UKR,Kharkiv=UKR,Chisinau=MDA,Ankara=TUR,Istanbul=TUR,"
      + "Izmir=TUR,Antalya=TUR,Tehran=IRN,Mashhad=IRN,Kabul=AFG,Islamabad=PAK,Karachi=PAK,"
      + "Beijing=CHN,Shanghai=CHN,Xi'an=CHN,Urumqi=CHN,Hong Kong=HKG,New Delhi=IND,"
      + "Delhi=IND,Mumbai=IND,Ulaanbaatar=MNG,Tokyo=JPN,Seoul=KOR,Pyongyang=PRK,"
      + "Washington=USA,New York=USA,London=GBR,Paris=FRA,Berlin=DEU,Brussels=BEL,"
      + "Geneva=CHE,Vienna=AUT,Rome=ITA,Madrid=ESP,Warsaw=POL,Prague=CZE,Budapest=HUN,"
      + "Bucharest=ROU,Sofia=BGR,Belgrade=SRB,Athens=GRC,Vilnius=LTU,Riga=LVA,Tallinn=EST,"
      + "Helsinki=FIN,Stockholm=SWE,Oslo=NOR,Copenhagen=DNK,The Hague=NLD,Amsterdam=NLD,"
      + "Doha=QAT,Dubai=ARE,Abu Dhabi=ARE,Riyadh=SAU,Jeddah=SAU,Cairo=EGY,Jerusalem=ISR,"
      + "Tel Aviv=ISR,Gaza=PSE,Baghdad=IRQ,Damascus=SYR,Beirut=LBN,Amman=JOR,Kuwait City=KWT,"
      + "Muscat=OMN,Manama=BHR,Canberra=AUS,Ottawa=CAN,Brasilia=BRA,"
      + "Mexico City=MEX,Buenos Aires=ARG,Pretoria=ZAF,Nairobi=KEN,Addis Ababa=ETH,"
      + "Jakarta=IDN,Bangkok=THA,Hanoi=VNM,Manila=PHL,Kuala Lumpur=MYS,Singapore=SGP";

  private static final KnownPlaces DEFAULT = new KnownPlaces();

  private final Map<String, String> codes;

  private KnownPlaces() {
    Map<String, String> map = new HashMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      Locale country = new Locale("", alpha2);
      try {
        map.put(key(country.getDisplayCountry(Locale.ENGLISH)), country.getISO3Country());
      } catch (MissingResourceException e) {
        // a code without an alpha-3 equivalent: not a country a dateline names
      }
    }
    putAll(map, ALIASES);
    putAll(map, CITIES);
    this.codes = Map.copyOf(map);
  }

  /** The built-in table. */
  public static KnownPlaces defaults() {
    return DEFAULT;
  }

  /** The alpha-3 code of the country {@code place} names or lies in, or null when unknown. */
  @Override
  public String apply(String place) {
    return place == null ? null : codes.get(key(place));
  }

  private static void putAll(Map<String, String> map, String table) {
    for (String entry : table.split(",")) {
      int eq = entry.indexOf('=');
      map.put(key(entry.substring(0, eq)), entry.substring(eq + 1));
    }
  }

  private static String key(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return folded.replace('’', '\'').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
