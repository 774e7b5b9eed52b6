package io.newstension.ingest;

/** One input record's article fields as found in the input, before cleaning; any field may be null. */
public record RawArticle(
        String id,
        String url,
        String sourceDomain,
        String title,
        String text,
        String description,
        String datePublish,
        String dateModify,
        String dateDownload,
        String language) {}
