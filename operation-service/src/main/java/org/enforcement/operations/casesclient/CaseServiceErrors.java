package org.enforcement.operations.casesclient;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Tells "no such case for you" (a definite answer) from "case-service is failing" (worth retrying). Every error
 * keeps case-service's status and problem body, so callers that record outcomes (deliveries) can show them.
 */
public class CaseServiceErrors implements ResponseExceptionMapper<RuntimeException> {

    /** Longest problem body kept from an error response. */
    static final int MAX_BODY = 4000;

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        String body = body(response);
        if (status == 404) {
            return new CaseNotFound(body);
        }
        if (status == 401 || status == 403) {
            return new CaseAccessDenied(status, body);
        }
        return new CaseServiceFailure("case-service answered " + status, status, body);
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    private static String body(Response response) {
        try {
            if (!response.hasEntity()) {
                return null;
            }
            String body = response.readEntity(String.class);
            return body == null || body.length() <= MAX_BODY ? body : body.substring(0, MAX_BODY);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** An error answer of case-service: its HTTP status and (problem+json) body. */
    public abstract static class CaseServiceError extends RuntimeException {
        public final int status;
        public final String body;

        protected CaseServiceError(String message, int status, String body) {
            super(message, null, false, false);
            this.status = status;
            this.body = body;
        }
    }

    /** The case does not exist in the caller's court. */
    public static class CaseNotFound extends CaseServiceError {
        public CaseNotFound() {
            this(null);
        }

        public CaseNotFound(String body) {
            super("case not found", 404, body);
        }
    }

    /** case-service refused the credentials we sent. */
    public static class CaseAccessDenied extends CaseServiceError {
        public CaseAccessDenied(int status) {
            this(status, null);
        }

        public CaseAccessDenied(int status, String body) {
            super("case-service refused access (" + status + ")", status, body);
        }
    }

    /** A 5xx or other unexpected answer: case-service is in trouble, or refused the request (other 4xx). */
    public static class CaseServiceFailure extends CaseServiceError {
        public CaseServiceFailure(String message) {
            this(message, 0, null);
        }

        public CaseServiceFailure(String message, int status, String body) {
            super(message, status, body);
        }
    }
}
