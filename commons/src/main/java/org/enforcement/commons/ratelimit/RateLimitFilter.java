package org.enforcement.commons.ratelimit;

import io.netty.util.NetUtil;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.enforcement.commons.security.Caller;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Applies the rate limits to every matched request before its resource method runs: public ({@code @PermitAll})
 * endpoints per client address, everything else per token subject, and endpoints marked
 * {@link PerCourtRateLimit} also per court. Authentication is lazy here, so the identity is resolved through
 * {@link CurrentIdentityAssociation}. A protected endpoint has refused a request without a valid token (401)
 * before this filter runs; should an anonymous one get here all the same, its address is limited.
 *
 * <p>The client address is the socket peer. {@code X-Forwarded-For} counts only when Quarkus is told to trust a
 * proxy ({@code quarkus.http.proxy.proxy-address-forwarding}, {@code allow-x-forwarded} and
 * {@code trusted-proxies}); otherwise any client could pick a fresh address per request.
 */
public class RateLimitFilter {

    @Inject
    RateLimits limits;

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Void> limit(ResourceInfo resource, HttpServerRequest request) {
        Method method = resource.getResourceMethod();
        if (!limits.enabled() || method == null) {
            return Uni.createFrom().voidItem();
        }
        if (isPublic(method, resource.getResourceClass())) {
            limits.address(addressOf(request));
            return Uni.createFrom().voidItem();
        }
        PerCourtRateLimit perCourt = method.getAnnotation(PerCourtRateLimit.class);
        return identities.getDeferredIdentity().invoke(identity -> limit(identity, perCourt, request)).replaceWithVoid();
    }

    private void limit(SecurityIdentity identity, PerCourtRateLimit perCourt, HttpServerRequest request) {
        if (identity.isAnonymous()) {
            limits.address(addressOf(request));
            return;
        }
        limits.caller(identity.getPrincipal().getName());
        if (perCourt != null && identity.getPrincipal() instanceof JsonWebToken token) {
            String court = Caller.courtOf(token);
            if (court != null) { // without a court the resource answers 403 anyway
                limits.court(perCourt.value(), court);
            }
        }
    }

    private static boolean isPublic(Method method, Class<?> resourceClass) {
        // A method's own rule wins over its class's.
        return method.isAnnotationPresent(PermitAll.class) || !method.isAnnotationPresent(RolesAllowed.class)
                && resourceClass != null && resourceClass.isAnnotationPresent(PermitAll.class);
    }

    /** The client's address; an IPv6 client counts as its /64, which one subscriber usually holds whole. */
    private static String addressOf(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        if (remote == null) {
            return addressKey(null);
        }
        // A forwarded address is known by its text only (host), a socket peer by its resolved address.
        String address = remote.hostAddress();
        return addressKey(address == null || address.isEmpty() ? remote.host() : address);
    }

    /** The key of a client address: IPv4 as is, IPv6 as its /64 prefix. */
    static String addressKey(String host) {
        if (host == null || host.isEmpty()) {
            return "unknown";
        }
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(literal); // a literal only, never a DNS lookup
        if (bytes == null) {
            // Not an address (a trusted proxy passed on something else): still a key, but a bounded one.
            return host.length() > 64 ? host.substring(0, 64) : host;
        }
        if (bytes.length == 16 && isIpv4Mapped(bytes)) {
            // ::ffff:a.b.c.d, as a dual-stack listener sees an IPv4 client: that client alone, not "::/64".
            return NetUtil.bytesToIpAddress(Arrays.copyOfRange(bytes, 12, 16));
        }
        if (bytes.length == 16) {
            Arrays.fill(bytes, 8, 16, (byte) 0);
            return NetUtil.bytesToIpAddress(bytes) + "/64";
        }
        return NetUtil.bytesToIpAddress(bytes);
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }
}
