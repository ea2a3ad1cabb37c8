package org.sourceledger.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Normalises report URLs so that one article has one address: lower-case scheme and host, no default port,
 * no fragment, and no tracking parameters. Everything else (path case, parameter order) is kept, because
 * servers may treat it as significant.
 */
public final class ReportUrls {

    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_ga",
            "_gl", "ocid", "cmpid", "smid", "s_cid");

    private ReportUrls() {}

    /** Returns the normalised URL, or throws IllegalArgumentException with a reason fit for a client. */
    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("must be an absolute http or https URL");
        }
        URI uri;
        try {
            uri = new URI(raw.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("must be an absolute http or https URL");
        }
        if (uri.getRawAuthority() == null
                || uri.getHost() == null
                || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("must name a host");
        }
        StringBuilder out = new StringBuilder(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            out.append(uri.getRawUserInfo()).append('@');
        }
        out.append(uri.getHost().toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        boolean defaultPort =
                port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        if (!defaultPort) {
            out.append(':').append(port);
        }
        String path = uri.getRawPath();
        out.append(path == null || path.isEmpty() ? "/" : path);
        String query = withoutTracking(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    private static String withoutTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING_PARAMETERS.contains(name)) {
                continue;
            }
            kept.add(pair);
        }
        return String.join("&", kept);
    }
}
