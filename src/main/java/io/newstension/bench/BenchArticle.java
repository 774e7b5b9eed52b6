package io.newstension.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** One synthetic article with the news-please fields the job reads; {@link #toJson()} is its JSONL line. */
public record BenchArticle(String url, String sourceDomain, String title, String maintext, String description,
                           List<String> authors, String datePublish, String dateDownload) {
    private static final JsonFactory JSON = new JsonFactory();

    public BenchArticle {
        authors = List.copyOf(authors);
    }

    /** The news-please object on one line, fields in a fixed order so that a seed always gives the same bytes. */
    public String toJson() {
        StringWriter out = new StringWriter(maintext.length() + 512);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("authors");
            for (String author : authors) {
                json.writeString(author);
            }
            json.writeEndArray();
            json.writeStringField("date_download", dateDownload);
            json.writeNullField("date_modify");
            json.writeStringField("date_publish", datePublish);
            json.writeStringField("description", description);
            json.writeNullField("image_url");
            json.writeStringField("language", "en");
            json.writeStringField("maintext", maintext);
            json.writeStringField("source_domain", sourceDomain);
            json.writeStringField("title", title);
            json.writeStringField("url", url);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write an article as JSON", e);
        }
        return out.toString();
    }

    /** Words as the benchmark counts them: runs of non-blank characters. */
    public int wordCount() {
        return wordCount(maintext);
    }

    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean blank = Character.isWhitespace(text.charAt(i));
            if (!blank && !inWord) {
                words++;
            }
            inWord = !blank;
        }
        return words;
    }
}
