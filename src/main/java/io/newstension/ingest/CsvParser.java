package io.newstension.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV record (RFC 4180: fields in double quotes may hold the delimiter, newlines and doubled quotes)
 * into its fields. {@code a,"b ""c""",d} gives {@code [a, b "c", d]}; an unterminated quote is an error.
 */
public final class CsvParser {
    private CsvParser() {}

    /** The fields of {@code record}; throws {@link IllegalArgumentException} when a quote is not closed. */
    public static List<String> fields(String record, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < record.length() && record.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field");
        }
        fields.add(field.toString());
        return fields;
    }
}
