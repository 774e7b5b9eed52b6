package io.newstension.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentScorerTest {
    @Test
    void countriesCompareIdSets() {
        DocumentScorer.Result r = DocumentScorer.countries(Set.of("USA", "RUS", "UKR"), Set.of("USA", "RUS", "GEO"));
        assertEquals(new Prf(2, 1, 1), r.prf());
        assertEquals(List.of("GEO"), r.falsePositives());
        assertEquals(List.of("UKR"), r.falseNegatives());
    }

    @Test
    void eachGoldPersonCountsOnceAndVariantsAreNotFalsePositives() {
        DocumentScorer.Result r = DocumentScorer.persons(List.of("Sergey Lavrov", "Antony Blinken", "Alexei Navalny"),
                List.of("Sergey Lavrov", "Lavrov", "Antony Blinken", "Open Box"));
        assertEquals(new Prf(2, 1, 1), r.prf());
        assertEquals(List.of("Open Box"), r.falsePositives());
        assertEquals(List.of("Alexei Navalny"), r.falseNegatives());
    }

    @Test
    void nothingPredictedIsAllMisses() {
        DocumentScorer.Result r = DocumentScorer.persons(List.of("Joe Biden", "Hunter Biden"), List.of());
        assertEquals(new Prf(0, 0, 2), r.prf());
        assertEquals(0.0, r.prf().recall());
        assertEquals(1.0, r.prf().precision());
    }
}
