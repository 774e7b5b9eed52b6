package io.newstension.nlp.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryGazetteerTest {
    private static final CountryGazetteer G = CountryGazetteer.loadDefault();

    /** The iso3 that {@code resolve} gives for the first occurrence of {@code surface} in {@code text}, or "". */
    private static String resolveIn(String text, String surface) {
        int at = text.indexOf(surface);
        assertTrue(at >= 0, () -> "'" + surface + "' not in '" + text + "'");
        return G.resolve(text, at, at + surface.length()).map(Country::iso3).orElse("");
    }

    private static String lookup(String surface) {
        return G.lookup(surface).map(Country::iso3).orElse("");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "United States|USA", "U.S.|USA", "US|USA", "USA|USA", "America|USA", "American|USA", "Americans|USA",
        "Washington|USA", "White House|USA", "State Department|USA", "Pentagon|USA",
        "Russia|RUS", "Russian|RUS", "Russians|RUS", "Moscow|RUS", "Kremlin|RUS", "Soviet Union|RUS", "USSR|RUS",
        "Kyiv|UKR", "Kiev|UKR", "Britain|GBR", "UK|GBR", "U.K.|GBR", "Downing Street|GBR", "British|GBR",
        "Britons|GBR", "Turkey|TUR", "Türkiye|TUR", "Iceland|ISL", "Reykjavik|ISL", "Chinese|CHN", "PRC|CHN",
        "DPRK|PRK", "North Korea|PRK", "ROK|KOR", "South Korea|KOR", "UAE|ARE", "DRC|COD", "Côte d'Ivoire|CIV",
        "Côte d’Ivoire|CIV", "Ivory Coast|CIV", "Élysée|FRA", "Elysee|FRA", "Quai d'Orsay|FRA", "Zhongnanhai|CHN",
        "Knesset|ISR", "Tehran|IRN", "Holland|NLD", "Czech Republic|CZE", "Vatican|VAT",
        "Taiwan|TWN", "Kosovo|XKX"})
    void lookupMapsNewsFormsToIso3(String surface, String iso3) {
        assertEquals(iso3, lookup(surface));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "West Germany|DEU", "East Germany|DEU", "Yugoslavia|SRB", "Czechoslovakia|CZE", "Burma|MMR", "Zaire|COD"})
    void historicalStatesMapToTheirSuccessor(String surface, String iso3) {
        assertEquals(iso3, lookup(surface));
        assertEquals("historical", G.kindOf(surface));
    }

    @Test
    void lookupToleratesPossessivesAndDatelineCaps() {
        assertEquals("RUS", lookup("Russia's"));
        assertEquals("RUS", lookup("Russia’s"));
        assertEquals("PHL", lookup("Philippines'"));
        assertEquals("RUS", lookup("MOSCOW"));
        assertEquals("TUR", lookup("TÜRKIYE"));
        assertEquals("USA", lookup("WASHINGTON'S"));
        assertEquals("", lookup("Moscowx"));
        assertEquals("", lookup("MoSCOW"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"us", "Us", "turkey", "Island", "Georgie", "Korea", "GB", "RU", "Prussia", ""})
    void nonAliasesGiveNothing(String surface) {
        assertEquals(Optional.empty(), G.lookup(surface));
    }

    @Test
    void canonicalNamesAndKinds() {
        assertEquals(Optional.of(new Country("USA", "United States")), G.byIso3("USA"));
        assertEquals("Russia", G.byIso3("RUS").orElseThrow().name());
        assertEquals("Turkey", G.byIso3("TUR").orElseThrow().name());
        assertEquals(Optional.empty(), G.byIso3("XXX"));
        assertEquals("abbrev", G.kindOf("US"));
        assertEquals("demonym", G.kindOf("Russian"));
        assertEquals("demonym_plural", G.kindOf("Russians"));
        assertEquals("capital", G.kindOf("Moscow"));
        assertEquals("metonym", G.kindOf("Kremlin"));
        assertEquals("name", G.kindOf("Russia"));
        assertEquals("official", G.kindOf("Russian Federation"));
        assertNull(G.kindOf("us"));
    }

    @Test
    void aliasListIsPreciseForAPhraseMatcher() {
        assertTrue(G.aliases().containsAll(List.of("US", "UK", "Kiev", "Kyiv", "Élysée", "Elysee", "Soviet")));
        assertFalse(G.aliases().contains("us"));
        assertFalse(G.aliases().contains("Island"), "Iceland's alt spelling 'Island' is an English word");
        assertTrue(G.aliases().stream().filter(a -> a.length() <= 2).allMatch(a -> a.equals("US") || a.equals("UK")),
                "only US and UK among two-letter aliases");
        assertTrue(G.aliases().size() > 1000, "aliases: " + G.aliases().size());
        assertThrows(UnsupportedOperationException.class, () -> G.aliases().add("Narnia"));
        assertEquals(250, G.aliases().stream().map(a -> G.lookup(a).orElseThrow().iso3()).distinct().count());
    }

    @Test
    void javadocExampleHolds() {
        String text = "Talks in Moscow and New Mexico";
        assertEquals("RUS", G.resolve(text, 9, 15).orElseThrow().iso3());
        assertEquals(Optional.empty(), G.resolve(text, 24, 30));
    }

    @Test
    void resolveNeedsTokenBoundaries() {
        assertEquals(Optional.empty(), G.resolve("The history of Prussia is long.", 16, 22), "'russia' in 'Prussia'");
        assertEquals("", resolveIn("THE HISTORY OF PRUSSIA", "RUSSIA"));
        assertEquals("", resolveIn("Chinatown restaurants", "China"));
        assertEquals("", resolveIn("Nigerian forces", "Niger"));
        assertEquals("", resolveIn("USAID funds the project.", "US"));
        assertEquals("", resolveIn("Indiana voters", "India"));
        String text = "USAID and the US agree.";
        int us = text.indexOf(" US ") + 1;
        assertEquals("USA", G.resolve(text, us, us + 2).orElseThrow().iso3());
        assertEquals("RUS", resolveIn("the Russia-Ukraine war", "Russia"));
        assertEquals("UKR", resolveIn("the Russia-Ukraine war", "Ukraine"));
        assertEquals("USA", resolveIn("anti-American protests", "American"));
    }

    @Test
    void resolveFindsCountriesInRunningText() {
        String text = "MOSCOW, May 20 - The Kremlin said Russia's talks with the U.S. in Reykjavik went well.";
        assertEquals("RUS", resolveIn(text, "MOSCOW"));
        assertEquals("RUS", resolveIn(text, "Kremlin"));
        assertEquals("RUS", resolveIn(text, "Russia's"));
        assertEquals("USA", resolveIn(text, "U.S."));
        assertEquals("ISL", resolveIn(text, "Reykjavik"));
        assertEquals("USA", resolveIn("Officials in Washington said", "Washington"));
        assertEquals("UKR", resolveIn("Kiev and Kyiv are the same city.", "Kiev"));
        assertEquals("FRA", resolveIn("the Élysée said on Monday", "Élysée"));
    }

    @Test
    void blockersStopCountriesInsideOtherPlaceNames() {
        assertEquals("", resolveIn("Wildfires in New Mexico spread.", "Mexico"));
        assertEquals("", resolveIn("Wildfires in New Mexico's north spread.", "Mexico's"));
        assertEquals("MEX", resolveIn("Mexico and New Mexico", "Mexico"));
        assertEquals("", resolveIn("tension in the South China Sea rose", "China"));
        assertEquals("", resolveIn("oil in the Gulf of Mexico", "Mexico"));
        assertEquals("", resolveIn("Vancouver, British Columbia", "British"));
        assertEquals("", resolveIn("a port in New Jersey", "Jersey"));
        assertEquals("", resolveIn("fall in New England", "England"));
        assertEquals("", resolveIn("across Latin America", "America"));
        assertEquals("", resolveIn("in the Indian Ocean", "Indian"));
        assertEquals("", resolveIn("a Guinea pig", "Guinea"));
        assertEquals("", resolveIn("the NIGER DELTA", "NIGER"));
        int at = "in New Mexico".indexOf("Mexico");
        assertTrue(G.isBlocked("in New Mexico", at, at + 6));
        assertTrue(G.isBlocked("in new mexico", at, at + 6));
        assertFalse(G.isBlocked("in Mexico", 3, 9));
    }

    @Test
    void aLongerAliasWinsOverTheShorterOneInsideIt() {
        assertEquals("", resolveIn("Juba is the capital of South Sudan.", "Sudan"));
        assertEquals("SSD", resolveIn("Juba is the capital of South Sudan.", "South Sudan"));
        assertEquals("", resolveIn("Papua New Guinea votes", "Guinea"));
        assertEquals("", resolveIn("Guinea-Bissau votes", "Guinea"));
        assertEquals("", resolveIn("the US Virgin Islands", "US"));
        assertEquals("", resolveIn("Northern Ireland's parties", "Ireland"));
        assertEquals("GBR", resolveIn("Northern Ireland's parties", "Northern Ireland's"));
        assertEquals("", resolveIn("SOUTH SUDAN VOTES", "SUDAN"));
        assertEquals("PRI", resolveIn("the US commonwealth of Puerto Rico", "Puerto Rico"),
                "a longer alias counts only in its own case or in capitals");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Michael Jordan scored 40 points.|Jordan|",
        "Jordan Peterson gave a talk.|Jordan|",
        "Mr. Jordan declined to comment.|Jordan|",
        "Jordan B. Peterson gave a talk.|Jordan|",
        "Chad Smith played drums.|Chad|",
        "Paris Hilton arrived.|Paris|",
        "George Washington was president.|Washington|",
        "The Washington Post reported it.|Washington|",
        "Tom Holland stars in it.|Holland|",
        "Santiago Peña won the vote.|Santiago|",
        "Israel and Jordan signed a treaty.|Jordan|JOR",
        "Jordan's King Abdullah met Biden.|Jordan's|JOR",
        "Jordan King Abdullah met Biden.|Jordan|JOR",
        "Refugees fled to Jordan, officials said.|Jordan|JOR",
        "In Jordan, protests grew.|Jordan|JOR",
        "Visiting Jordan, the minister said.|Jordan|JOR",
        "Amman, Jordan - officials said.|Jordan|JOR",
        "Jordan And Israel Sign Deal|Jordan|JOR",
        "Troops left Chad on Monday.|Chad|TCD",
        "Chad and Niger agreed.|Chad|TCD",
        "Holland beat Spain.|Holland|NLD",
        "The summit in Paris ended.|Paris|FRA",
        "Paris and Berlin agree.|Paris|FRA",
        "the Atlantic Council's Washington office|Washington|USA",
        "the University of Washington study|Washington|",
        "rain in Washington State today|Washington|"})
    void personNamesAreNotCountries(String text, String surface, String iso3) {
        assertEquals(iso3 == null ? "" : iso3, resolveIn(text, surface));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Zug|CHE", "Zurich|CHE", "Zürich|CHE", "Geneva|CHE", "St. Gallen|CHE", "Munich|DEU", "Düsseldorf|DEU",
        "Salzburg|AUT", "Istanbul|TUR", "Mumbai|IND", "Shanghai|CHN", "Xi'an|CHN", "Xi’an|CHN", "Toronto|CAN",
        "New York|USA", "Sydney|AUS", "Novosibirsk|RUS", "Kharkiv|UKR", "Sevastopol|UKR", "Aleppo|SYR",
        "Benin City|NGA", "Santiago de Cuba|CUB", "Ho Chi Minh City|VNM"})
    void citiesMapToTheirCountryWithKindCity(String surface, String iso3) {
        assertEquals(iso3, lookup(surface));
        assertEquals(Resolved.CITY, G.kindOf(surface));
    }

    @Test
    void resolveWithKindTellsACityFromANameOfTheCountry() {
        String text = "The company operating in Zug and officials in Reykjavik, Iceland, spoke to Russia's envoy.";
        int zug = text.indexOf("Zug");
        assertEquals(Optional.of(new Resolved(new Country("CHE", "Switzerland"), "Zug", "city")),
                G.resolveWithKind(text, zug, zug + 3));
        assertTrue(G.resolveWithKind(text, zug, zug + 3).orElseThrow().isPlace());
        int reykjavik = text.indexOf("Reykjavik");
        Resolved capital = G.resolveWithKind(text, reykjavik, reykjavik + 9).orElseThrow();
        assertEquals("capital", capital.kind());
        assertFalse(capital.isPlace());
        int russia = text.indexOf("Russia's");
        assertEquals(new Resolved(new Country("RUS", "Russia"), "Russia", "name"),
                G.resolveWithKind(text, russia, russia + 8).orElseThrow(), "the alias without its possessive");
        assertEquals(Optional.empty(), G.resolveWithKind("Wildfires in New Mexico", 14, 20));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Manchester United won the cup.|Manchester|",
        "the Geneva Conventions apply|Geneva|",
        "Sydney Sweeney stars in it.|Sydney|",
        "Whitney Houston sang.|Houston|",
        "Bayern Munich lost.|Munich|",
        "Ricardo Lagos was president of Chile.|Lagos|",
        "A storm hit St. Petersburg, Florida.|St. Petersburg|",
        "Pirates in the Gulf of Aden|Aden|",
        "Pierluisi spoke from La Fortaleza.|Fortaleza|",
        "Talks in Geneva ended.|Geneva|CHE",
        "Manchester, England|Manchester|GBR",
        "Sydney's harbour|Sydney's|AUS",
        "Fighting In Northern Aleppo|Aleppo|SYR",
        "Putin spoke in St. Petersburg on Friday.|St. Petersburg|RUS",
        "Troops left Aden on Monday.|Aden|YEM"})
    void aCityCountsOnlyOnItsOwn(String text, String surface, String iso3) {
        assertEquals(iso3 == null ? "" : iso3, resolveIn(text, surface));
    }

    @Test
    void lowercaseTurkeyIsTheBird() {
        assertEquals("", resolveIn("We ate turkey at home.", "turkey"));
        assertEquals("TUR", resolveIn("Turkey hosted the talks.", "Turkey"));
        assertEquals("TUR", resolveIn("TURKEY HOSTS TALKS", "TURKEY"));
        assertEquals("TUR", resolveIn("Türkiye hosted the talks.", "Türkiye"));
    }

    @Test
    void georgiaNeedsACaucasusContext() {
        assertEquals("", resolveIn("Voters in Georgia backed the senator in Atlanta.", "Georgia"));
        assertEquals("GEO", resolveIn("Georgia's government in Tbilisi protested.", "Georgia's"));
        assertEquals("GEO", resolveIn("Russia and Georgia fought in 2008.", "Georgia"));
        assertEquals("GEO", resolveIn("Georgia accused Moscow over South Ossetia.", "Georgia"));
        assertEquals("GEO", resolveIn("Georgia protested after troops entered Abkhazia.", "Georgia"));
        assertEquals("", resolveIn("GEORGIA VOTERS GO TO THE POLLS", "GEORGIA"));
        assertEquals("", resolveIn("Rallies in Pennsylvania, Georgia and Florida; Russia denied meddling.", "Georgia"),
                "a neighbouring US state vetoes the Caucasus reading");
        assertEquals("", resolveIn("Georgia's Senate race drew Russia hawks to Atlanta.", "Georgia's"));
        assertEquals("GEO", G.lookup("Georgia").orElseThrow().iso3(), "lookup has no context and keeps the default");
    }

    @Test
    void jerseyNeedsChannelIslandsContext() {
        assertEquals("", resolveIn("He signed the jersey. Jersey fans cheered.", "Jersey"));
        assertEquals("JEY", resolveIn("Jersey, in the Channel Islands, voted.", "Jersey"));
    }

    @Test
    void congoAndDominicanPickTheCountryByContext() {
        assertEquals("COD", resolveIn("Fighting in eastern Congo near Goma.", "Congo"));
        assertEquals("COG", resolveIn("In Brazzaville, Congo held elections.", "Congo"));
        assertEquals("COD", resolveIn("Congo held elections.", "Congo"), "no context: the AP-style default");
        assertEquals("DMA", resolveIn("Dominican officials in Roseau said.", "Dominican"));
        assertEquals("DOM", resolveIn("Dominican officials in Santo Domingo said.", "Dominican"));
    }

    @Test
    void usAsAPronounInAllCapsHeadlinesIsNotTheUnitedStates() {
        assertEquals("", resolveIn("WHAT IT MEANS FOR US", "US"));
        assertEquals("USA", resolveIn("US-CHINA TALKS", "US"));
        assertEquals("USA", resolveIn("The US and UK agree.", "US"));
        assertEquals("USA", resolveIn("US, UK agree.", "US"));
        assertEquals("", resolveIn("let us go", "us"));
    }

    @Test
    void resolveRejectsBadOffsets() {
        assertThrows(IndexOutOfBoundsException.class, () -> G.resolve("Russia", 2, 40));
        assertThrows(IndexOutOfBoundsException.class, () -> G.isBlocked("Russia", -1, 3));
        assertEquals(Optional.empty(), G.resolve("Russia", 3, 3));
    }

    @Test
    void loadsOnceAndSurvivesSerialization() throws IOException, ClassNotFoundException {
        assertSame(G, CountryGazetteer.loadDefault());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(G);
        }
        CountryGazetteer copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (CountryGazetteer) in.readObject();
        }
        String text = "Michael Jordan met officials in Moscow.";
        int moscow = text.indexOf("Moscow");
        assertEquals(Optional.of(new Country("RUS", "Russia")), copy.resolve(text, moscow, moscow + 6));
        assertEquals(Optional.empty(), copy.resolve(text, 8, 14));
    }

    @Test
    void tablesAreValidatedWithTheLineAtFault() {
        List<String> ambiguous = List.of(GazetteerTsv.AMBIGUOUS_HEADER);
        IllegalArgumentException header = assertThrows(IllegalArgumentException.class,
                () -> CountryGazetteer.fromLines(List.of("alias\tiso3"), ambiguous));
        assertTrue(header.getMessage().contains("expected header"), header.getMessage());

        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class, () -> CountryGazetteer.fromLines(
                List.of(GazetteerTsv.COUNTRIES_HEADER, "Narnia\tNAR\tfantasy\tNarnia"), ambiguous));
        assertTrue(kind.getMessage().contains("countries.tsv:2") && kind.getMessage().contains("fantasy"),
                kind.getMessage());

        IllegalArgumentException iso = assertThrows(IllegalArgumentException.class, () -> CountryGazetteer.fromLines(
                List.of(GazetteerTsv.COUNTRIES_HEADER, "Narnia\tnar\tname\tNarnia"), ambiguous));
        assertTrue(iso.getMessage().contains("alpha-3"), iso.getMessage());

        IllegalArgumentException rule = assertThrows(IllegalArgumentException.class, () -> CountryGazetteer.fromLines(
                List.of(GazetteerTsv.COUNTRIES_HEADER, "Narnia\tNAR\tname\tNarnia"),
                List.of(GazetteerTsv.AMBIGUOUS_HEADER, "Narnia\tNAR\tnot_person_name", "Oz\tNAR\tchad")));
        assertTrue(rule.getMessage().contains("ambiguous.tsv:3"), rule.getMessage());

        IllegalArgumentException unknownAlias = assertThrows(IllegalArgumentException.class,
                () -> CountryGazetteer.fromLines(List.of(GazetteerTsv.COUNTRIES_HEADER, "Narnia\tNAR\tname\tNarnia"),
                        List.of(GazetteerTsv.AMBIGUOUS_HEADER, "Oz\tNAR\tnot_person_name")));
        assertTrue(unknownAlias.getMessage().contains("'Oz'"), unknownAlias.getMessage());
    }

    @Test
    void aSmallTableBehavesLikeTheBundledOne() {
        CountryGazetteer g = CountryGazetteer.fromLines(
                List.of(GazetteerTsv.COUNTRIES_HEADER, "Narnia\tNAR\tname\tNarnia", "Cair Paravel\tNAR\tcapital\tNarnia"),
                List.of(GazetteerTsv.AMBIGUOUS_HEADER, "New Narnia\t-\tblock"));
        assertEquals(Optional.of(new Country("NAR", "Narnia")), g.lookup("CAIR PARAVEL"));
        assertEquals(Optional.empty(), g.resolve("in New Narnia", 7, 13));
        assertEquals("NAR", g.resolve("in Narnia", 3, 9).orElseThrow().iso3());
    }
}
