package io.newstension.clean;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One spelling per article URL, for de-duplication: {@code HTTPS://www.Example.org/a/?utm_source=x&id=3#top}
 * becomes {@code example.org/a?id=3}. Scheme, {@code www.}, fragments, tracking parameters, a trailing slash, an
 * AMP suffix and an explicit {@code index.html} do not make a different article. Unparseable URLs are returned trimmed and lower-cased.
 */
public final class UrlCanonicalizer {
    private static final Set<String> TRACKING = Set.of(
            "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref", "ref_src", "cmpid", "ocid",
            "smid", "yclid", "_ga", "_gl", "spm", "xtor", "ito", "guccounter", "at_medium", "at_campaign", "cmp", "mbid",
            "rss", "share", "ns_mchannel", "ns_campaign", "wt.mc_id", "outputtype");
    /** Alternate renderings of the same page: the AMP copy and the explicit index file. */
    private static final java.util.regex.Pattern PAGE_VARIANT = java.util.regex.Pattern.compile("(/amp|/index\\.(html?|php))$");

    private UrlCanonicalizer() {}

    public static String canonical(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            String host = uri.getHost();
            if (host == null) {
                return trimmed.toLowerCase(Locale.ROOT);
            }
            host = host.toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            path = PAGE_VARIANT.matcher(path).replaceFirst("");
            String query = uri.getRawQuery() == null ? "" : Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(p -> !p.isEmpty() && !isTracking(p.split("=", 2)[0].toLowerCase(Locale.ROOT)))
                    .sorted()
                    .collect(Collectors.joining("&"));
            return host + path + (query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
    }

    private static boolean isTracking(String name) {
        return name.startsWith("utm_") || TRACKING.contains(name);
    }
}
