package io.newstension.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvalReportTest {
    @Test
    void aggregatesArticlesAndListsCountryErrorsWithSurfaces() {
        EvalReport report = new EvalReport();
        report.article(new GoldArticle("https://x.org/a", Set.of("USA", "MEX"), List.of("Donald Trump")),
                Set.of("USA", "GEO"), List.of("Donald Trump"), Map.of("GEO", Set.of("Georgia")));
        report.missingArticle(new GoldArticle("https://x.org/b", Set.of("FRA"), List.of()));
        String json = report.json();
        assertTrue(json.startsWith("{\"gold_articles\":2,\"matched_articles\":1,\"country_document\":{\"precision\":0.5,"
                + "\"recall\":0.3333,"), json);
        assertTrue(json.contains("\"person_document\":{\"precision\":1.0,\"recall\":1.0,"), json);
        String table = String.join("\n", report.lines(15));
        assertTrue(table.contains("https://x.org/a [Georgia]"), table);
        assertTrue(table.contains("  MEX 1:"), table);
        assertTrue(table.contains("missing: https://x.org/b"), table);
    }

    @Test
    void mentionErrorsQuoteTheText() {
        EvalReport report = new EvalReport();
        String text = "Lavrov met Blinken in Zug.";
        List<Span> gold = List.of(new Span(Span.PER, null, 0, 6), new Span(Span.COUNTRY, "CHE", 22, 25));
        List<Span> predicted = List.of(new Span(Span.PER, null, 0, 6), new Span(Span.PER, null, 11, 18));
        report.mentions(text, new TokenAligner.Aligned(gold, 1, 0), MentionScorer.score(gold, predicted, Span.PER),
                MentionScorer.score(gold, predicted, Span.COUNTRY), Map.of());
        String table = String.join("\n", report.lines(15));
        assertTrue(table.contains("missed   COUNTRY CHE 'Zug' at 22..25"), table);
        assertTrue(table.contains("spurious PER 'Blinken' at 11..18"), table);
        assertTrue(report.json().contains("\"per_mention\":{\"precision\":0.5,\"recall\":1.0,"), report.json());
    }

    @Test
    void personOnlyGoldSkipsCountriesAndScoresEachMethodAgainstAllGold() {
        EvalReport report = new EvalReport();
        String text = "Lavrov met Blinken and Biden in Zug.";
        Span lavrov = new Span(Span.PER, null, 0, 6);
        Span blinken = new Span(Span.PER, null, 11, 18);
        Span zug = new Span(Span.PER, null, 32, 35);
        List<Span> gold = List.of(lavrov, blinken, new Span(Span.PER, null, 23, 28));
        List<Span> predicted = List.of(lavrov, blinken, zug);
        report.mentions(text, new TokenAligner.Aligned(gold, 1, 0), MentionScorer.score(gold, predicted, Span.PER), null,
                Map.of(lavrov, "gazetteer", blinken, "ner_model", zug, "ner_model"));
        report.personMethod("gazetteer", MentionScorer.score(gold, List.of(lavrov), Span.PER));
        report.personMethod("ner_model", MentionScorer.score(gold, List.of(blinken, zug), Span.PER));
        String table = String.join("\n", report.lines(15));
        assertFalse(table.contains("COUNTRY   mention"), table);
        assertTrue(table.contains("spurious PER 'Zug' at 32..35 [ner_model]"), table);
        assertTrue(table.contains("missed   PER 'Biden' at 23..28"), table);
        String json = report.json();
        assertFalse(json.contains("country_mention"), json);
        assertFalse(json.contains("person_document"), json);
        assertFalse(table.contains("PERSON    document"), table);
        assertTrue(json.contains("\"per_mention\":{\"precision\":0.6667,\"recall\":0.6667,"), json);
        assertTrue(json.contains("\"gazetteer\":{\"precision\":1.0,\"recall\":0.3333,\"f1\":0.5,\"tp\":1,\"fp\":0,\"fn\":2}"), json);
        assertTrue(json.contains("\"ner_model\":{\"precision\":0.5,\"recall\":0.3333,"), json);
    }
}
