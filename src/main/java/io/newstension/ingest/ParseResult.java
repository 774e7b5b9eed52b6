package io.newstension.ingest;

import java.util.Objects;

/** The outcome of parsing one input record: an article, or the reason it goes to quarantine. */
public record ParseResult(RawArticle article, String quarantineReason) {
    public ParseResult {
        if ((article == null) == (quarantineReason == null)) {
            throw new IllegalArgumentException("exactly one of article and quarantineReason must be set");
        }
    }

    public static ParseResult ok(RawArticle article) {
        return new ParseResult(Objects.requireNonNull(article), null);
    }

    public static ParseResult quarantine(String reason) {
        return new ParseResult(null, Objects.requireNonNull(reason));
    }

    public boolean isOk() {
        return article != null;
    }
}
