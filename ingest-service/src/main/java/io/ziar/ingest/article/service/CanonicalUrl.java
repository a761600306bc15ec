package io.ziar.ingest.article.service;

import io.ziar.commons.problem.ProblemException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The canonical form of an article URL: the same story reached by different links gets one id. */
public final class CanonicalUrl {

    private static final int MAX_LENGTH = 2048;
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
            "igshid", "yclid", "_ga", "ref_src");

    private CanonicalUrl() {
    }

    public static String of(String raw) {
        String value = raw.strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw ProblemException.invalid("url", "'url' must be an absolute http(s) URL of at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw ProblemException.invalid("url", "'url' is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
            throw ProblemException.invalid("url", "'url' must be an absolute http(s) URL with a host");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? null : Arrays.stream(uri.getRawQuery().split("&"))
                .filter(pair -> !pair.isEmpty() && !isTracking(pair))
                .collect(Collectors.joining("&"));
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path
                + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    /** The publisher's host without "www.", used as the default source. */
    public static String site(String canonicalUrl) {
        String host = URI.create(canonicalUrl).getHost();
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static boolean isTracking(String pair) {
        String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || TRACKING.contains(name);
    }
}
