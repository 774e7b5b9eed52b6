package io.newstension.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.config.TensionConfig;
import org.junit.jupiter.api.Test;

class NearDuplicateKeysTest {
    private static final String STORY = "Foreign ministers of the two countries met in Reykjavik on Wednesday for talks"
            + " that both sides described as frank, and agreed to keep channels open before the summit.";

    @Test
    void keysFollowTheConfiguredBandsAndVanishWhenSwitchedOff() {
        NearDuplicateKeys on = new NearDuplicateKeys(new TensionConfig.Dedup(true, 0.7, 3, 25, 4));
        assertEquals(25, on.of(STORY).size());
        assertEquals(on.of(STORY), on.of(STORY.toUpperCase(java.util.Locale.ROOT)), "case does not matter");
        assertEquals(10, new NearDuplicateKeys(new TensionConfig.Dedup(true, 0.7, 3, 10, 4)).of(STORY).size());
        assertEquals(0, new NearDuplicateKeys(new TensionConfig.Dedup(false, 0.7, 3, 25, 4)).of(STORY).size());
        assertEquals(0, on.of("  ...  ").size(), "no words, no keys");
    }

    @Test
    void aCopyWithOneWordChangedSharesMostBandsAndIsClose() {
        NearDuplicateKeys keys = new NearDuplicateKeys(new TensionConfig.Dedup(true, 0.7, 3, 25, 4));
        String copy = STORY.replace("Wednesday", "Thursday");
        scala.collection.Seq<Long> a = keys.of(STORY);
        scala.collection.Seq<Long> b = keys.of(copy);
        int shared = 0;
        for (int i = 0; i < a.size(); i++) {
            shared += a.apply(i).equals(b.apply(i)) ? 1 : 0;
        }
        assertTrue(shared >= 1, "shared bands: " + shared);
        assertNotEquals(a, b);
        assertEquals(1.0 - 23.0 / 29.0, keys.distance(STORY, copy), 1e-12, "26 shingles each, 23 in common");
        assertEquals(0.0, keys.distance(STORY, STORY));
    }
}
