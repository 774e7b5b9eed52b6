package io.newstension.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.bench.Grammar.Choice;
import io.newstension.bench.Grammar.Literal;
import io.newstension.bench.Grammar.Part;
import io.newstension.bench.Grammar.Slot;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GrammarTest {
    @Test
    void templatesParseIntoLiteralsSlotsAndNestedChoices() {
        List<Part> parts = Grammar.parse("{P} [met|held [talks|a call] with] {Q}[ on {DAY}|].");
        assertEquals(new Slot("P"), parts.get(0));
        assertEquals(new Literal(" "), parts.get(1));
        Choice verb = (Choice) parts.get(2);
        assertEquals(List.of(new Literal("met")), verb.options().get(0));
        assertTrue(verb.options().get(1).get(1) instanceof Choice);
        Choice optional = (Choice) parts.get(5);
        assertEquals(List.of(), optional.options().get(1));
        assertEquals(new Literal("."), parts.get(6));
    }

    @Test
    void unbalancedTemplatesAndUnknownSlotsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Grammar.parse("[a|b"));
        assertThrows(IllegalArgumentException.class, () -> Grammar.parse("a]"));
        assertThrows(IllegalArgumentException.class, () -> Grammar.parse("{P"));
        Grammar g = new Grammar().rule("s", "{P} met {nobody}");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> g.checked(Set.of("P")));
        assertTrue(e.getMessage().contains("{nobody}"), e.getMessage());
    }

    @Test
    void wordFormsFollowEnglishRulesUnlessGiven() {
        Grammar g = new Grammar().nouns("n", "treaty crisis/crises tax port").verbs("v", "strike/struck agree ban/banned/banned/banning try");
        assertEquals(List.of("treaties", "crises", "taxes", "ports"), words(g, "ns"));
        assertEquals(List.of("struck", "agreed", "banned", "tried"), words(g, "v_ed"));
        assertEquals(List.of("striking", "agreeing", "banning", "trying"), words(g, "v_ing"));
        assertEquals(List.of("natural gas"), words(new Grammar().words("c", "natural_gas"), "c"));
    }

    @Test
    void theIndefiniteArticleFollowsTheNextWord() {
        assertEquals("an", Grammar.indefinite("American"));
        assertEquals("a", Grammar.indefinite("Russian"));
        assertEquals("a", Grammar.indefinite("unified"));
        assertEquals("an", Grammar.indefinite("unexpected"));
    }

    @Test
    void theCorpusGrammarHasNoDanglingSlots() {
        assertTrue(Templates.GRAMMAR.checked(Templates.ENTITY_SLOTS) != null);
        for (Templates.Topic topic : Templates.TOPICS) {
            for (String suffix : List.of("_title", "_lead", "")) {
                assertTrue(Templates.GRAMMAR.alternatives(topic.name() + suffix) != null, topic.name() + suffix);
            }
        }
    }

    private static List<String> words(Grammar g, String rule) {
        return g.alternatives(rule).stream().map(p -> ((Literal) p.get(0)).text()).toList();
    }
}
