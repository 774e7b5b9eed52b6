package io.newstension.nlp.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameNormalizerTest {
    @Test
    void normalisesCaseDiacriticsApostrophesAndSeparators() {
        assertEquals("jean yves le drian", NameNormalizer.normalize(" Jean-Yves  Le\u00a0Drian "));
        assertEquals("gideon sa'ar", NameNormalizer.normalize("Gideon Sa\u2019ar"));
        assertEquals("ekrem imamoglu", NameNormalizer.normalize("Ekrem İmamoğlu"));
        assertEquals("s jaishankar", NameNormalizer.normalize("S. Jaishankar"));
    }

    @Test
    void foldingKeepsCaseAndSpacing() {
        assertEquals("Recep Tayyip Erdogan", NameNormalizer.foldDiacritics("Recep Tayyip Erdoğan"));
    }
}
