package org.enforcement.commons.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.enforcement.commons.problem.ProblemException;

/**
 * Which URLs a webhook may be sent to. The service POSTs from inside the court network, so a subscriber must not be
 * able to aim it at that network (SSRF): only absolute https URLs of public hosts, without credentials or fragment;
 * addresses are checked again when the host name is resolved at delivery, since a name can point anywhere.
 * {@code allowedPrivateHosts} (e.g. localhost) and {@code allowHttp} exist for tests and development only.
 */
public final class WebhookUrls {

    public static final int MAX_LENGTH = 2000;
    private static final String FIELD = "url";
    private static final Pattern DOTTED_QUAD = Pattern.compile("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");
    /** A DNS name: letters, digits and hyphens in labels, a top-level label that is not a number. */
    private static final Pattern HOST_NAME = Pattern.compile(
            "([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})");
    /** Names that mean "this machine" or "this network" whatever DNS says. */
    private static final Pattern INTERNAL_NAME = Pattern.compile(
            ".*\\.(localhost|local|internal|intranet|lan|home|corp|localdomain|home\\.arpa)$");

    private final boolean allowHttp;
    private final Set<String> allowedPrivateHosts;

    public WebhookUrls(boolean allowHttp, Set<String> allowedPrivateHosts) {
        this.allowHttp = allowHttp;
        this.allowedPrivateHosts = Set.copyOf(allowedPrivateHosts);
    }

    /** The URL if a webhook may be sent to it, else a 400 naming the field {@code url} and what is wrong. */
    public URI check(String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalidField(FIELD, "is required");
        }
        if (text.length() > MAX_LENGTH) {
            throw ProblemException.invalidField(FIELD, "must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw ProblemException.invalidField(FIELD, "must be an absolute https URL, e.g. https://hooks.example.org/enforcement");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || !(scheme.equals("https") || allowHttp && scheme.equals("http"))) {
            throw ProblemException.invalidField(FIELD, "must be an absolute https URL, e.g. https://hooks.example.org/enforcement");
        }
        if (uri.getRawUserInfo() != null || uri.getRawAuthority() != null && uri.getRawAuthority().contains("@")) {
            throw ProblemException.invalidField(FIELD, "must not carry a user name or password; authenticate the"
                    + " POSTs by their signature");
        }
        if (uri.getRawFragment() != null) {
            throw ProblemException.invalidField(FIELD, "must not have a fragment (#...)");
        }
        if (uri.getHost() == null) {
            throw ProblemException.invalidField(FIELD, "must name a host");
        }
        String host = host(uri);
        if (allowedPrivateHosts.contains(host)) {
            return uri;
        }
        if (host.startsWith("[") || DOTTED_QUAD.matcher(host).matches()) {
            InetAddress address = literal(host);
            if (address == null || !isPublic(address)) {
                throw ProblemException.invalidField(FIELD, "must not point at a loopback, private, link-local or"
                        + " reserved address");
            }
            return uri;
        }
        if (!HOST_NAME.matcher(host).matches() || INTERNAL_NAME.matcher("." + host).matches()) {
            throw ProblemException.invalidField(FIELD, "must name a public host by its full DNS name or a public"
                    + " IP address");
        }
        return uri;
    }

    /** Whether a delivery to {@code uri} may connect to {@code address} (what its host resolved to). */
    public boolean mayConnect(URI uri, InetAddress address) {
        return allowedPrivateHosts.contains(host(uri)) || isPublic(address);
    }

    static String host(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT);
    }

    /** An IP literal read without any DNS lookup, or null when it is not one. */
    private static InetAddress literal(String host) {
        try {
            return InetAddress.getByName(host); // a literal: dotted quad or [IPv6], never a name lookup here
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** Not loopback, private, link-local, shared, multicast, unspecified or otherwise reserved. */
    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // this network
                    && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT, 100.64/10
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 224; // multicast and reserved, broadcast
        }
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) {
            return false; // unique local fc00::/7
        }
        boolean embedsIpv4 = isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff // ::ffff:a.b.c.d
                || first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b; // NAT64
        if (embedsIpv4 || isZero(b, 0, 12)) { // and the deprecated ::a.b.c.d
            try {
                return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return !(first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8); // docs
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
