package io.newstension.ingest;

/**
 * Reads a plain-text article file: the first non-blank line is the title, the rest the text. The file name carries
 * no metadata, so the article has no URL or date of its own (the cleaning stage finds a date in the text).
 */
public final class TextFileParser {
    private TextFileParser() {}

    public static ParseResult parse(String content) {
        if (content == null || content.isBlank()) {
            return ParseResult.quarantine("empty text file");
        }
        String s = content.startsWith("\uFEFF") ? content.substring(1) : content;
        int start = 0;
        while (start < s.length()) {
            int end = s.indexOf('\n', start);
            int lineEnd = end < 0 ? s.length() : end;
            String line = s.substring(start, lineEnd).strip();
            if (!line.isEmpty()) {
                String text = end < 0 ? "" : s.substring(end + 1);
                return ParseResult.ok(new RawArticle(null, null, null, line, text, null, null, null, null, null));
            }
            start = lineEnd + 1;
        }
        return ParseResult.quarantine("empty text file");
    }
}
