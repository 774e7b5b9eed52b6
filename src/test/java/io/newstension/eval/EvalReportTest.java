package io.newstension.eval;

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
                MentionScorer.score(gold, predicted, Span.COUNTRY));
        String table = String.join("\n", report.lines(15));
        assertTrue(table.contains("missed   COUNTRY CHE 'Zug' at 22..25"), table);
        assertTrue(table.contains("spurious PER 'Blinken' at 11..18"), table);
        assertTrue(report.json().contains("\"per_mention\":{\"precision\":0.5,\"recall\":1.0,"), report.json());
    }
}
