package org.enforcement.commons.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URI clients may switch on; {@code detail} is for humans.
 * {@code errors} lists the fields at fault for validation problems; {@code extensions} carries
 * problem-specific members such as the legal basis of a rejected measure, written flat beside the others. The
 * contract declares those members from {@link ProblemMembers}, which lists every one a service sets.
 */
@Schema(name = "Problem", description = "RFC 9457 problem detail (application/problem+json)")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        // No examples here: each response gets one of its own status (openapi/ProblemExamples).
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        @JsonIgnore @Schema(hidden = true) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** What is wrong with an amount of yuan beyond NUMERIC(16, 2): the message of every money field's @Digits. */
    public static final String MONEY_DIGITS = "must have at most 14 digits before and 2 after the decimal point";

    /** One field at fault: its JSON path in the request and what is wrong with it. */
    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "principal") String field,
                             @Schema(example = MONEY_DIGITS) String message) {
    }

    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions == null ? Map.of() : extensions;
    }
}
