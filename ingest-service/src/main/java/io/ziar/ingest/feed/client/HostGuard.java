package io.ziar.ingest.feed.client;

import io.ziar.commons.problem.ProblemException;
import io.ziar.ingest.feed.config.FeedConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Only http(s) URLs to public addresses are fetched (unless {@code ziar.feeds.allow-private-hosts}):
 * a registered feed must not make the service request its own cluster. Checked before every request,
 * redirects included.
 */
@ApplicationScoped
public class HostGuard {

    private final boolean allowPrivate;

    public HostGuard(FeedConfig config) {
        this.allowPrivate = config.allowPrivateHosts();
    }

    /** @throws ProblemException naming {@code field} when the URL may not be fetched */
    public void check(URI url, String field) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw ProblemException.invalid(field, "'" + field + "' must be an absolute http(s) URL");
        }
        if (allowPrivate) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            throw ProblemException.invalid(field, "The host of '" + field + "' is unknown: " + url.getHost());
        }
        for (InetAddress address : addresses) {
            if (isPrivate(address)) {
                throw ProblemException.invalid(field, "'" + field + "' points at a private or local address");
            }
        }
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        // IPv6 unique local (fc00::/7) and IPv4 shared address space (100.64.0.0/10)
        return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc
                || bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    }
}
