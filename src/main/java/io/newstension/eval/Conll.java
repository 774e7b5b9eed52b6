package io.newstension.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the mention-level gold format: CoNLL-2003 style, one token per line as {@code TOKEN TAG [ISO3]}, blank
 * lines between sentences, IOB2 tags ({@code B-PER}, {@code I-LOC}, ...). A document starts with
 * {@code -DOCSTART- URL}, the URL of the article in the job's input. The optional third column links the chunk to
 * a country; chunks with a link are country mentions whatever their CoNLL type (LOC "Russia", MISC "Russian",
 * ORG "Kremlin").
 */
public final class Conll {
    private Conll() {}

    /** A token of the gold file. */
    public record Token(String text, String tag, String link) {}

    /** A gold chunk: its tokens {@code first..last} (inclusive) within a sentence. */
    public record Chunk(String type, String link, int first, int last) {}

    /** One document: the article URL and its sentences. */
    public record Document(String url, List<List<Token>> sentences) {}

    public static List<Document> parse(List<String> lines, String source) {
        List<Document> docs = new ArrayList<>();
        List<List<Token>> sentences = null;
        List<Token> sentence = new ArrayList<>();
        String url = null;
        for (int i = 0; i < lines.size(); i++) {
            String[] cols = lines.get(i).strip().split("\\s+");
            if (cols[0].isEmpty()) {
                sentence = flush(sentences, sentence);
            } else if (cols[0].equals("-DOCSTART-")) {
                sentence = flush(sentences, sentence);
                if (url != null) {
                    docs.add(new Document(url, sentences));
                }
                if (cols.length < 2) {
                    throw new IllegalArgumentException(source + " line " + (i + 1) + ": expected '-DOCSTART- URL'");
                }
                url = cols[1];
                sentences = new ArrayList<>();
            } else {
                if (sentences == null) {
                    throw new IllegalArgumentException(source + " line " + (i + 1) + ": expected '-DOCSTART- URL' before the first token");
                }
                if (cols.length < 2 || !cols[1].matches("O|[BI]-[A-Z]+")) {
                    throw new IllegalArgumentException(source + " line " + (i + 1) + ": expected 'TOKEN TAG [ISO3]', got '" + lines.get(i) + "'");
                }
                sentence.add(new Token(cols[0], cols[1], cols.length > 2 ? cols[2] : null));
            }
        }
        flush(sentences, sentence);
        if (url != null) {
            docs.add(new Document(url, sentences));
        }
        return docs;
    }

    private static List<Token> flush(List<List<Token>> sentences, List<Token> sentence) {
        if (!sentence.isEmpty()) {
            sentences.add(List.copyOf(sentence));
        }
        return new ArrayList<>();
    }

    /** IOB2 chunks of a sentence; an {@code I-} tag without a matching chunk before it starts one (IOB1 leniency). */
    public static List<Chunk> chunks(List<Token> sentence) {
        List<Chunk> chunks = new ArrayList<>();
        String type = null;
        String link = null;
        int first = -1;
        for (int i = 0; i <= sentence.size(); i++) {
            String tag = i < sentence.size() ? sentence.get(i).tag() : "O";
            String t = tag.equals("O") ? null : tag.substring(2);
            boolean continues = tag.startsWith("I-") && t.equals(type);
            if (type != null && !continues) {
                chunks.add(new Chunk(type, link, first, i - 1));
                type = null;
            }
            if (t != null && !continues) {
                type = t;
                link = sentence.get(i).link();
                first = i;
            }
        }
        return chunks;
    }
}
