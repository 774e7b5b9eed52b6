package io.newstension.comention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newstension.nlp.Mention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoMentionFinderTest {
    private static final List<String> SENTENCES = List.of(
            "Russia and the United States traded sanctions.",
            "France watched.",
            "The US, Russia and China met; Russia spoke first.");

    @Test
    void sentenceWindowPairsEachTypeOnceAndOrdersIds() {
        List<Mention> mentions = List.of(
                country(0, "USA"), country(0, "RUS"),
                country(1, "FRA"),
                country(2, "USA"), country(2, "RUS"), country(2, "CHN"), country(2, "RUS"),
                person(2, "sergey_lavrov"));
        List<CoMention> found = new CoMentionFinder("sentence", 100).find(SENTENCES, mentions).coMentions();
        List<String> pairs = found.stream().map(c -> c.sentenceIndex() + ":" + c.entityA() + "-" + c.entityB()).toList();
        assertEquals(List.of("0:RUS-USA", "2:CHN-RUS", "2:CHN-USA", "2:RUS-USA"), pairs);
        assertEquals(SENTENCES.get(2), found.get(1).sentence());
        assertEquals("country", found.get(0).pairType());
    }

    @Test
    void capDropsLaterRowsAndCountsThem() {
        List<Mention> mentions = new ArrayList<>();
        for (String id : List.of("AAA", "BBB", "CCC", "DDD")) {
            mentions.add(country(0, id));
        }
        CoMentionFinder.Result result = new CoMentionFinder("sentence", 4).find(SENTENCES, mentions);
        assertEquals(4, result.coMentions().size());
        assertEquals(2, result.dropped());
    }

    @Test
    void documentWindowJoinsTheSentencesOfBothEntities() {
        List<Mention> mentions = List.of(country(0, "USA"), country(1, "FRA"));
        List<CoMention> found = new CoMentionFinder("document", 100).find(SENTENCES, mentions).coMentions();
        assertEquals(1, found.size());
        assertEquals("FRA", found.get(0).entityA());
        assertEquals(SENTENCES.get(0) + " " + SENTENCES.get(1), found.get(0).sentence());
        assertEquals(0, found.get(0).sentenceIndex());
    }

    @Test
    void placesAreNotActors() {
        List<Mention> mentions = List.of(country(0, "USA"), country(0, "RUS"),
                new Mention(0, Mention.COUNTRY, "ISL", "Iceland", "Reykjavik", 0, 9, Mention.PLACE_METHOD, null));
        List<CoMention> found = new CoMentionFinder("sentence", 100).find(SENTENCES, mentions).coMentions();
        assertEquals(List.of("RUS-USA"), found.stream().map(c -> c.entityA() + "-" + c.entityB()).toList());
    }

    @Test
    void mentionOrderDoesNotChangeTheResult() {
        List<Mention> mentions = new ArrayList<>(List.of(country(0, "USA"), country(0, "RUS"), country(2, "CHN"), country(2, "RUS")));
        CoMentionFinder finder = new CoMentionFinder("sentence", 100);
        List<CoMention> forward = finder.find(SENTENCES, mentions).coMentions();
        java.util.Collections.reverse(mentions);
        assertEquals(forward, finder.find(SENTENCES, mentions).coMentions());
    }

    @Test
    void sentenceCoMentionsCarryTheSentencesActorsAtTheirOffsetsInIt() {
        // Article text "Lead. Russia and the United States traded sanctions. ...": sentence 0 starts at offset 6.
        List<Mention> mentions = List.of(
                new Mention(0, Mention.COUNTRY, "RUS", "Russia", "Russia", 6, 12, "gazetteer", null),
                new Mention(0, Mention.COUNTRY, "USA", "United States", "United States", 21, 34, "gazetteer", null),
                new Mention(0, Mention.PERSON, "p1", "P", "traded", 99, 105, "name_pattern", "USA"),
                new Mention(0, Mention.COUNTRY, "FRA", "Paris", "Paris", 40, 45, Mention.PLACE_METHOD, null));
        List<CoMention> found = new CoMentionFinder("sentence", 100).find(SENTENCES, List.of(6, 60, 80), mentions)
                .coMentions();
        assertEquals(List.of(new Party("RUS", null, 0, 6), new Party("USA", null, 15, 28), new Party("p1", "USA", 29, 35)),
                found.get(0).parties(), "offsets relative to the sentence; a stale offset falls back to the surface; "
                        + "places are no parties");
        assertEquals(List.of(), new CoMentionFinder("document", 100).find(SENTENCES, mentions).coMentions().get(0).parties());
    }

    private static Mention country(int sentence, String iso3) {
        return new Mention(sentence, Mention.COUNTRY, iso3, iso3, iso3, 0, 3, "gazetteer", null);
    }

    private static Mention person(int sentence, String id) {
        return new Mention(sentence, Mention.PERSON, id, id, id, 0, 3, "gazetteer", "RUS");
    }
}
