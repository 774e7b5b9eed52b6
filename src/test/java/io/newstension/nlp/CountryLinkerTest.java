package io.newstension.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.nlp.gazetteer.CountryGazetteer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountryLinkerTest {
    private static final CountryLinker LINKER = new CountryLinker(CountryGazetteer.loadDefault());
    private static final String MATCHER = NlpPipeline.COUNTRY_METHOD;

    /** A candidate for the first occurrence of {@code surface} in {@code text}, as the phrase matcher proposes it. */
    private static Candidate at(String text, String surface, String method) {
        int begin = text.indexOf(surface);
        assertTrue(begin >= 0, () -> "'" + surface + "' not in '" + text + "'");
        return new Candidate(begin, begin + surface.length(), 0, method);
    }

    private static List<Mention> link(String text, String... surfaces) {
        List<Candidate> candidates = new ArrayList<>();
        for (String surface : surfaces) {
            candidates.add(at(text, surface, MATCHER));
        }
        return LINKER.link(text, candidates);
    }

    /** "surface=ISO3/method" per mention, in text order. */
    private static List<String> summary(List<Mention> mentions) {
        return mentions.stream().map(m -> m.surface() + "=" + m.entityId() + "/" + m.method()).toList();
    }

    @Test
    void aCityIsAPlaceInItsCountry() {
        String text = "There should be no punitive measures against the company operating in Zug and its German managers.";
        List<Mention> mentions = link(text, "Zug", "German");
        assertEquals(List.of("Zug=CHE/gazetteer_place", "German=DEU/gazetteer"), summary(mentions));
        Mention zug = mentions.get(0);
        assertEquals("Switzerland", zug.entityName());
        assertEquals(Mention.COUNTRY, zug.entityType());
        assertEquals(text.indexOf("Zug"), zug.begin());
        assertEquals(text.indexOf("Zug") + 3, zug.end());
    }

    @Test
    void aCapitalStaysANameOfTheCountry() {
        String text = "Bilateral talks on Wednesday evening in Reykjavik, Iceland, dealt with Ukraine.";
        assertEquals(List.of("Reykjavik=ISL/gazetteer", "Iceland=ISL/gazetteer", "Ukraine=UKR/gazetteer"),
                summary(link(text, "Reykjavik", "Iceland", "Ukraine")));
        assertEquals(List.of("Moscow=RUS/gazetteer", "Kremlin=RUS/gazetteer"),
                summary(link("Moscow said the Kremlin would answer.", "Moscow", "Kremlin")));
    }

    @Test
    void theMethodOfANonCityMentionIsTheCandidates() {
        String text = "Officials in Zurich and Washington met.";
        List<Mention> mentions = LINKER.link(text, List.of(at(text, "Zurich", "ner"), at(text, "Washington", "ner")));
        assertEquals(List.of("Zurich=CHE/gazetteer_place", "Washington=USA/ner"), summary(mentions));
    }

    @Test
    void aLongerSpanThatLinksToNothingDoesNotHideTheCountriesInIt() {
        String text = "He was killed in the Afghanistan/Pakistan region.";
        List<Mention> mentions = LINKER.link(text, List.of(at(text, "Afghanistan", "gazetteer"),
                at(text, "Pakistan", "gazetteer"), at(text, "Afghanistan/Pakistan", "ner_model")));
        assertEquals(List.of("Afghanistan=AFG/gazetteer", "Pakistan=PAK/gazetteer"), summary(mentions));
    }

    @Test
    void overlappingCandidatesKeepTheLongest() {
        String text = "South Korea and New York City signed a deal.";
        assertEquals(List.of("South Korea=KOR/gazetteer", "New York City=USA/gazetteer_place"),
                summary(link(text, "Korea", "South Korea", "New York", "New York City")));
        String sudan = "Juba is the capital of South Sudan.";
        assertEquals(List.of("Juba=SSD/gazetteer", "South Sudan=SSD/gazetteer"),
                summary(link(sudan, "Sudan", "Juba", "South Sudan")));
    }

    @Test
    void citiesInsideLongerNamesOrBlockersNameNoCountry() {
        assertEquals(List.of(), summary(link("Wildfires in New Mexico spread.", "Mexico")));
        assertEquals(List.of(), summary(link("A storm hit St. Petersburg, Florida, on Monday.", "St. Petersburg")));
        assertEquals(List.of("Somalia=SOM/gazetteer"),
                summary(link("Pirates in the Gulf of Aden off Somalia.", "Aden", "Somalia")));
        assertEquals(List.of(), summary(link("Manchester United won the cup.", "Manchester")));
        assertEquals(List.of(), summary(link("the Geneva Conventions apply", "Geneva")));
        assertEquals(List.of("St. Petersburg=RUS/gazetteer_place", "Russia=RUS/gazetteer"),
                summary(link("Putin spoke in St. Petersburg, Russia.", "St. Petersburg", "Russia")));
    }

    @Test
    void aCandidateTheGazetteerDoesNotKnowIsDropped() {
        assertEquals(List.of(), summary(link("Springfield voters", "Springfield")));
        assertEquals(List.of(), summary(link("Michael Jordan scored.", "Jordan")));
    }
}
