package io.ziar.ingest.article.service;

import io.ziar.commons.problem.ProblemException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The canonical form of an article URL: the same story reached by different links gets one id. */
public final class CanonicalUrl {

    private static final int MAX_LENGTH = 2048;
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
            "igshid", "yclid", "_ga", "ref_src");

    // /amp or /amp/ at the end, /amp/ at the start, .amp before the extension or at the end
    private static final Pattern AMP_PATH = Pattern.compile("(?:/amp/?$|^/amp(?=/)|\\.amp(?=\\.[a-z0-9]+$|$))");

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

    /**
     * An AMP page's URL without its AMP markers: a last path segment {@code amp}, a first one
     * {@code amp}, an {@code .amp} before the extension or at the end, an {@code amp.} host.
     */
    public static String withoutAmpPath(String canonicalUrl) {
        URI uri = URI.create(canonicalUrl);
        String host = uri.getHost().startsWith("amp.") ? uri.getHost().substring(4) : uri.getHost();
        String path = AMP_PATH.matcher(uri.getRawPath()).replaceFirst("");
        if (path.isEmpty()) {
            path = "/";
        }
        return uri.getScheme() + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + path
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Whether two canonical URLs are on one site: the same host once "www.", "m." or "amp." is taken off, or a subdomain of it. */
    public static boolean sameSite(String a, String b) {
        String one = bareHost(a);
        String other = bareHost(b);
        return one.equals(other) || one.endsWith("." + other) || other.endsWith("." + one);
    }

    private static String bareHost(String canonicalUrl) {
        String host = URI.create(canonicalUrl).getHost();
        for (String prefix : List.of("www.", "m.", "amp.")) {
            if (host.startsWith(prefix)) {
                return host.substring(prefix.length());
            }
        }
        return host;
    }

    /** The publisher's host without "www.", used as the default source. */
    public static String site(String canonicalUrl) {
        String host = URI.create(canonicalUrl).getHost();
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static boolean isTracking(String pair) {
        String[] nameValue = pair.split("=", 2);
        String name = nameValue[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || TRACKING.contains(name) || isAmpMarker(name, nameValue.length > 1 ? nameValue[1] : "");
    }

    /** {@code amp}, {@code amp=1|true} and {@code outputType=amp} ask for the AMP version of the same page. */
    private static boolean isAmpMarker(String name, String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return "amp".equals(name) && (v.isEmpty() || "1".equals(v) || "true".equals(v))
                || "outputtype".equals(name) && "amp".equals(v);
    }
}
