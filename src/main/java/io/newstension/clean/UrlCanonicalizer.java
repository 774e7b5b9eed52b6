package io.newstension.clean;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One spelling per article URL, for de-duplication: {@code HTTPS://www.Example.org/a/?utm_source=x&id=3#top}
 * becomes {@code example.org/a?id=3}. Scheme, {@code www.}, tracking parameters, a trailing slash, an AMP suffix, an
 * explicit {@code index.html} and navigation or tracking fragments ({@code #top}, {@code #comments},
 * {@code #xtor=RSS-3}) do not make a different article. Any other fragment is kept ({@code example.org/live#post-12}):
 * browsers never send a fragment to the server, so two records of one fetched page that differ only in it have the
 * same text and are caught by their content anyway, while a scraper that records one on purpose (a live blog's posts,
 * a portal's dated items {@code Portal:Current_events/2018_May_3#4}) made it the item's address.
 * Unparseable URLs are returned trimmed and lower-cased.
 * A URL without a scheme ({@code example.org/A}, as this class writes it) is read as host and path, so that
 * {@code canonical(canonical(u)).equals(canonical(u))}.
 */
public final class UrlCanonicalizer {
    private static final Set<String> TRACKING = Set.of(
            "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref", "ref_src", "cmpid", "ocid",
            "smid", "yclid", "_ga", "_gl", "spm", "xtor", "ito", "guccounter", "at_medium", "at_campaign", "cmp", "mbid",
            "rss", "share", "ns_mchannel", "ns_campaign", "wt.mc_id", "outputtype");
    /** In-page anchors of article templates: a link to one of them is a link to the article. */
    private static final Set<String> NAVIGATION = Set.of(
            "top", "main", "content", "maincontent", "main-content", "article", "story", "body", "comments", "comment",
            "respond", "disqus_thread", "share", "page", "more", "gallery", "video");
    /** Alternate renderings of the same page: the AMP copy and the explicit index file. */
    private static final java.util.regex.Pattern PAGE_VARIANT = java.util.regex.Pattern.compile("(/amp|/index\\.(html?|php))$");

    private UrlCanonicalizer() {}

    public static String canonical(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        URI uri = parse(trimmed);
        if (uri == null || uri.getHost() == null) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        while (host.startsWith("www.") && host.length() > 4) {
            host = host.substring(4);
        }
        // Removing "/amp" can leave a trailing slash or another variant ("/a/amp/amp/"): strip until nothing changes.
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String before;
        do {
            before = path;
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            path = PAGE_VARIANT.matcher(path).replaceFirst("");
        } while (!path.equals(before));
        String query = uri.getRawQuery() == null ? "" : Arrays.stream(uri.getRawQuery().split("&"))
                .filter(p -> !p.isEmpty() && !isTracking(p.split("=", 2)[0].toLowerCase(Locale.ROOT)))
                .sorted()
                .collect(Collectors.joining("&"));
        String fragment = uri.getRawFragment();
        boolean keepFragment = fragment != null && !fragment.isEmpty() && !fragment.contains("=")
                && !NAVIGATION.contains(fragment.toLowerCase(Locale.ROOT));
        return host + path + (query.isEmpty() ? "" : "?" + query) + (keepFragment ? "#" + fragment : "");
    }

    /** The URI of {@code s}, read as {@code //s} when it has neither scheme nor host; null when it does not parse. */
    private static URI parse(String s) {
        URI uri = tryParse(s);
        if ((uri == null || (uri.getScheme() == null && uri.getHost() == null)) && !s.startsWith("/")) {
            URI withHost = tryParse("//" + s);
            if (withHost != null && withHost.getHost() != null) {
                return withHost;
            }
        }
        return uri;
    }

    private static URI tryParse(String s) {
        try {
            return new URI(s);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean isTracking(String name) {
        return name.startsWith("utm_") || TRACKING.contains(name);
    }
}
