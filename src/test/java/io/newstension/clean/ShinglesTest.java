package io.newstension.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ShinglesTest {
    private static double jaccard(String a, String b) {
        int[] x = Shingles.indices(a, 3);
        int[] y = Shingles.indices(b, 3);
        long common = Arrays.stream(y).filter(i -> Arrays.binarySearch(x, i) >= 0).count();
        return (double) common / (x.length + y.length - common);
    }

    @Test
    void punctuationAndCaseDoNotMatter() {
        assertArrayEquals(Shingles.indices("The talks, resumed today!", 3), Shingles.indices("the TALKS resumed -- today", 3));
        assertEquals(2, Shingles.indices("the talks resumed today", 3).length);
    }

    @Test
    void shortTextsAreOneShingleAndEmptyTextsNone() {
        assertEquals(1, Shingles.indices("Hello world", 3).length);
        assertEquals(0, Shingles.indices("  ...  ", 3).length);
        assertEquals(0, Shingles.indices(null, 3).length);
    }

    @Test
    void aFewChangedWordsKeepASyndicatedCopyAboveTheDefaultThreshold() {
        String story = "Negotiators from Norway and Chile agreed on Tuesday to resume talks on a fisheries treaty after a"
                + " pause of two years. The foreign ministers of both countries met in Oslo and said the new round would"
                + " start in September. Officials described the meeting as constructive and said that the remaining"
                + " questions concern quotas for southern waters and the inspection of vessels.";
        String edited = story.replace("constructive", "productive").replace("agreed on Tuesday", "agreed Tuesday");
        String other = "The city council approved a larger budget for public libraries. The mayor said opening hours"
                + " would be extended from next month and that two new branches would open in the north of the city.";
        assertTrue(jaccard(story, edited) >= 0.7, "similarity " + jaccard(story, edited));
        assertTrue(jaccard(story, other) < 0.1);
        assertTrue(Arrays.stream(Shingles.indices(story, 3)).allMatch(i -> i >= 0 && i < Shingles.FEATURES));
    }
}
