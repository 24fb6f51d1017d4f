package org.enforcement.operations.dispatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads the optional body of POST /dispatch-plan whatever Content-Type it comes with: before service times the
 * request had no body, and clients still send none, often without a Content-Type — which is no request, not 415.
 * Malformed JSON is the usual 400 (the problem mappers handle Jackson's exceptions).
 */
@Provider
@Consumes(MediaType.WILDCARD)
public class DispatchPlanRequestReader implements MessageBodyReader<DispatchPlanRequest> {

    @Inject
    ObjectMapper json;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == DispatchPlanRequest.class;
    }

    @Override
    public DispatchPlanRequest readFrom(Class<DispatchPlanRequest> type, Type genericType, Annotation[] annotations,
                                        MediaType mediaType, MultivaluedMap<String, String> headers,
                                        InputStream body) throws IOException {
        byte[] bytes = body.readAllBytes();
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        return json.readValue(bytes, DispatchPlanRequest.class);
    }
}
