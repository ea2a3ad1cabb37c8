package org.sourceledger.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.sourceledger.common.SourceLedgerConfig;

/**
 * The SSRF guard (docs/security.md, Webhooks). Unless sourceledger.webhooks.allow-private-targets is on (dev and
 * test), a target must be https and every address its host resolves to must be public: no loopback, private,
 * link-local (cloud metadata), carrier-grade NAT, unique-local, multicast or reserved address. Checked when a
 * subscription is written and again before every delivery; redirects are never followed.
 */
@ApplicationScoped
class WebhookTargets {

    /** Why a target is refused, worded for the API caller. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /** Resolves host names; replaced in tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    @Inject
    WebhookTargets(SourceLedgerConfig config) {
        this(config.webhooks().allowPrivateTargets(), InetAddress::getAllByName);
    }

    WebhookTargets(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** The URL's form alone: absolute http(s), a host, no user info, no fragment. */
    URI parse(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refused("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new Refused("must be an https URL");
        }
        if (!allowPrivate && !scheme.equals("https")) {
            throw new Refused("must be an https URL (plain http is refused outside dev and test)");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new Refused("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("must not carry a user name or password; authenticate with the signature instead");
        }
        if (uri.getRawFragment() != null) {
            throw new Refused("must not have a fragment");
        }
        return uri;
    }

    /** The URL's form, then every address its host resolves to now. */
    URI check(String url) throws Refused {
        URI uri = parse(url);
        if (allowPrivate) {
            return uri;
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new Refused("has a host that does not resolve: " + uri.getHost());
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new Refused("resolves to " + address.getHostAddress()
                        + ", a private, loopback, link-local or reserved address; webhooks only go to public hosts");
            }
        }
        return uri;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // unique local fc00::/7
            }
            if (isMapped(b, 0x64, 0xff, 0x9b) || isIpv4Compatible(b)) {
                return false; // NAT64 and IPv4-compatible forms could reach an internal IPv4 address
            }
        }
        return true;
    }

    private static boolean isMapped(byte[] b, int x, int y, int z) {
        if (!((b[0] & 0xff) == 0 && (b[1] & 0xff) == x && (b[2] & 0xff) == y && (b[3] & 0xff) == z)) {
            return false;
        }
        for (int i = 4; i < 12; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv4Compatible(byte[] b) {
        for (int i = 0; i < 12; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
