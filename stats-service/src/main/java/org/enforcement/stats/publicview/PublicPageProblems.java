package org.enforcement.stats.publicview;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.enforcement.commons.problem.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A campaign nobody published, asked for by a person or by a program: a browser opening the page (a navigation,
 * {@code Sec-Fetch-Mode: navigate}, whose Accept prefers text/html) gets a readable HTML 404 page linking to the
 * published campaigns; an API client ({@code *}{@code /*}, JSON, no Accept, no navigation) gets the problem+json every
 * other failure is. Only the answer's format differs: the status is 404 either way.
 */
public class PublicPageProblems {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper
    public Response campaignNotFound(CampaignNotFound e, HttpHeaders headers, UriInfo uri) {
        if (!navigation(headers) || !prefersHtml(headers.getAcceptableMediaTypes())) {
            return problems.problem(e, uri);
        }
        return Response.status(404).type(DashboardResource.HTML).entity(DashboardPage.notFound(e.code()))
                .header("Cache-Control", PublicCampaignResource.CACHE_CONTROL)
                .header("Content-Security-Policy", DashboardPage.CONTENT_SECURITY_POLICY).build();
    }

    /**
     * Whether a browser is opening the page (Fetch Metadata, sent by every current browser on a navigation and by no
     * API client): a program that merely accepts text/html, like one reading the contract, still gets problem+json.
     */
    static boolean navigation(HttpHeaders headers) {
        return "navigate".equalsIgnoreCase(headers.getHeaderString("Sec-Fetch-Mode"));
    }

    /**
     * Whether the client asks for HTML before anything else: among the types it prefers most (the highest q), text/html
     * or application/xhtml+xml, as in every browser's navigation. Only a wildcard, JSON or an image preferred more
     * (or no Accept at all) means a program or an {@code <img>}, so problem+json.
     */
    static boolean prefersHtml(List<MediaType> acceptable) {
        double best = -1;
        boolean html = false;
        for (MediaType type : acceptable) {
            double q = quality(type);
            if (q <= 0 || q < best) {
                continue;
            }
            if (q > best) {
                best = q;
                html = false;
            }
            html |= !type.isWildcardType() && !type.isWildcardSubtype()
                    && (type.isCompatible(MediaType.TEXT_HTML_TYPE)
                            || type.isCompatible(MediaType.APPLICATION_XHTML_XML_TYPE));
        }
        return html;
    }

    /** The q parameter (RFC 9110 12.4.2): 1 when absent, 0 ("not acceptable") when unreadable. */
    private static double quality(MediaType type) {
        String q = type.getParameters().get("q");
        try {
            return q == null ? 1 : Double.parseDouble(q);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
