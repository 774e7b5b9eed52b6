package io.newstension.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDateChooserTest {
    private static final LocalDate DOWNLOADED = LocalDate.of(2021, 3, 1);

    @Test
    void explicitDateInTheSpanBeatsTheMatchersMisreading() {
        // What MultiDateMatcher 5.5.3 returns for the seed's byline: span "4 News, May 20, 2021", read as May 4.
        String slice = "SRF 4 News, May 20, 2021; 5:00 pm.;";
        TextDateChooser.Choice c = TextDateChooser.choose(slice, List.of(new TextDateChooser.Match(4, 24, LocalDate.of(2021, 5, 4))), null);
        assertEquals(LocalDate.of(2021, 5, 20), c.date());
        assertNull(c.note());
    }

    @Test
    void explicitForms() {
        assertEquals(LocalDate.of(2019, 1, 4), TextDateChooser.explicit("Friday, January 4, 2019"));
        assertEquals(LocalDate.of(2020, 3, 3), TextDateChooser.explicit("Tuesday, 3rd of March 2020"));
        assertEquals(LocalDate.of(2020, 3, 3), TextDateChooser.explicit("on 2020-03-03 at noon"));
        assertEquals(LocalDate.of(2019, 3, 12), TextDateChooser.explicit("12.03.2019"));
        assertEquals(LocalDate.of(2021, 9, 1), TextDateChooser.explicit("Sept. 1, 2021"));
        assertNull(TextDateChooser.explicit("February 30, 2021"));
    }

    @Test
    void matcherDateCountsWhenItsYearIsWritten() {
        assertEquals(LocalDate.of(2021, 3, 5), TextDateChooser.check("05/03/2021", LocalDate.of(2021, 3, 5), null).date());
    }

    @Test
    void yearlessDateTakesTheDownloadYearOrIsRejected() {
        // The matcher fills the current year in: 2026-02-26 for "Feb 26".
        TextDateChooser.Choice c = TextDateChooser.check("Feb 26", LocalDate.of(2026, 2, 26), DOWNLOADED);
        assertEquals(LocalDate.of(2021, 2, 26), c.date());
        assertEquals("text date without a year: year from date_download", c.note());
        assertEquals(LocalDate.of(2020, 12, 30), TextDateChooser.check("30 December", LocalDate.of(2026, 12, 30), DOWNLOADED).date());
        assertNull(TextDateChooser.check("Feb 26", LocalDate.of(2026, 2, 26), null));
    }

    @Test
    void relativeWordsAreRejected() {
        assertNull(TextDateChooser.check("yesterday", LocalDate.of(2026, 11, 27), DOWNLOADED));
        assertNull(TextDateChooser.check("Monday", LocalDate.of(2026, 11, 23), DOWNLOADED));
    }

    @Test
    void firstUsableDateInTheSliceWins() {
        String slice = "yesterday, LONDON, May 2, 2020 - text\nBy staff, June 3, 2020";
        List<TextDateChooser.Match> matches = List.of(
                new TextDateChooser.Match(47, 59, LocalDate.of(2020, 6, 3)),
                new TextDateChooser.Match(0, 9, LocalDate.of(2026, 11, 27)),
                new TextDateChooser.Match(19, 30, LocalDate.of(2020, 5, 2)));
        assertEquals(LocalDate.of(2020, 5, 2), TextDateChooser.choose(slice, matches, DOWNLOADED).date());
        assertNull(TextDateChooser.choose(slice, List.of(), DOWNLOADED));
    }
}
