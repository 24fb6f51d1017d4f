package org.enforcement.stats.publicview;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.enforcement.commons.problem.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A campaign nobody published, asked for by a person or by a program: a browser (its Accept prefers text/html, as
 * every browser's navigation does) gets a readable HTML 404 page linking to the published campaigns; an API client
 * ({@code *}{@code /*}, JSON, no Accept) gets the problem+json every other failure is. Only the answer's format
 * differs: the status is 404 either way.
 */
public class PublicPageProblems {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper
    public Response campaignNotFound(CampaignNotFound e, HttpHeaders headers, UriInfo uri) {
        if (!prefersHtml(headers.getAcceptableMediaTypes())) {
            return problems.problem(e, uri);
        }
        return Response.status(404).type(DashboardResource.HTML).entity(DashboardPage.notFound(e.code()))
                .header("Cache-Control", PublicCampaignResource.CACHE_CONTROL)
                .header("Content-Security-Policy", DashboardPage.CONTENT_SECURITY_POLICY).build();
    }

    /**
     * Whether the client asks for HTML before anything else it accepts: the first named type, by preference, is
     * text/html or application/xhtml+xml. A wildcard or JSON coming first means a program, so problem+json.
     */
    static boolean prefersHtml(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (refused(type)) {
                continue;
            }
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardSubtype()
                    || type.isCompatible(MediaType.APPLICATION_XHTML_XML_TYPE) && !type.isWildcardSubtype()) {
                return true;
            }
            if (type.getSubtype().endsWith("json")) {
                return false;
            }
        }
        return false;
    }

    /** q=0 means "not acceptable" (RFC 9110 12.4.2); an unreadable q counts as acceptable. */
    private static boolean refused(MediaType type) {
        String q = type.getParameters().get("q");
        try {
            return q != null && Double.parseDouble(q) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
