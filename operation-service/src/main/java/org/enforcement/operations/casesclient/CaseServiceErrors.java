package org.enforcement.operations.casesclient;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Tells "no such case for you" (a definite answer) from "case-service is failing" (worth retrying). */
public class CaseServiceErrors implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status == 404) {
            return new CaseNotFound();
        }
        if (status == 401 || status == 403) {
            return new CaseAccessDenied(status);
        }
        return new CaseServiceFailure("case-service answered " + status);
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    /** The case does not exist in the caller's court. */
    public static class CaseNotFound extends RuntimeException {
        public CaseNotFound() {
            super("case not found", null, false, false);
        }
    }

    /** case-service refused the credentials we sent. */
    public static class CaseAccessDenied extends RuntimeException {
        public final int status;

        public CaseAccessDenied(int status) {
            super("case-service refused access (" + status + ")", null, false, false);
            this.status = status;
        }
    }

    /** A 5xx or other unexpected answer: case-service is in trouble. */
    public static class CaseServiceFailure extends RuntimeException {
        public CaseServiceFailure(String message) {
            super(message, null, false, false);
        }
    }
}
