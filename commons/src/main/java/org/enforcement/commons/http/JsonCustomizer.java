package org.enforcement.commons.http;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Numbers stay exact on the wire: decimals are read as BigDecimal, written plain ("33300.00", never "3.33E+4"),
 * JSON trees keep their scale, and a fraction sent for a whole number is rejected instead of truncated.
 * Request bodies are read strictly: a field the request does not declare (a typo like "cost" for "costs") is a
 * 400 instead of being dropped, and a date must be an ISO string, not a number read as an epoch day. Types a
 * service reads from another service's responses stay tolerant with {@code @JsonIgnoreProperties(ignoreUnknown
 * = true)}, so a field added there never breaks the reader.
 */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        // 1.5 for a whole number is a mistake to report, not to round away.
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.getFactory().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN.mappedFeature());
        mapper.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        // 20230110 would otherwise be read as the 20,230,110th day after 1970-01-01.
        for (Class<?> type : List.of(LocalDate.class, LocalDateTime.class, LocalTime.class, Instant.class,
                OffsetDateTime.class, ZonedDateTime.class)) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        }
    }
}
