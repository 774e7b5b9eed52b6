package io.newstension.nlp.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.nlp.Mention;
import io.newstension.nlp.persons.ArticleTokens.Gap;
import io.newstension.nlp.persons.ArticleTokens.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTokensTest {
    @Test
    void splitsPossessivesKeepsJoinedNamesAndClassifiesGaps() {
        String text = "👍 Mr. O'Neal met Jean-Yves Le Drian’s aide, Russia's envoy. Biden-era";
        List<int[]> sentences = List.of(new int[] {0, 60}, new int[] {61, text.length()});
        Mention russia = new Mention(0, Mention.COUNTRY, "RUS", "Russia", "Russia", 45, 51, "gazetteer", null);
        ArticleTokens t = ArticleTokens.of(text, sentences, List.of(russia));
        List<String> words = t.tokens.stream().map(Token::word).toList();
        assertEquals(List.of("Mr", "O'Neal", "met", "Jean-Yves", "Le", "Drian", "aide", "Russia", "envoy", "Biden-era"), words);
        for (Token tok : t.tokens) {
            assertEquals(tok.word(), text.substring(tok.begin(), tok.end()), "offsets after a surrogate pair");
        }
        assertEquals(Gap.PERIOD, t.get(1).gap());
        assertTrue(t.get(5).possessive(), "Drian’s");
        assertEquals(Gap.COMMA, t.get(7).gap());
        assertEquals("RUS", t.get(7).iso3());
        assertNull(t.get(8).iso3());
        assertEquals(Gap.OTHER, t.get(9).gap(), "a new sentence");
        assertEquals(1, t.get(9).sentence());
    }
}
