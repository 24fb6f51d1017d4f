package org.enforcement.operations.dispatch;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.problem.ProblemException;

/**
 * What a plan is asked for beyond the operation's own data (optional body of POST /dispatch-plan): the minutes a
 * team spends at a target (a raid takes minutes to hours at a door), as a default for the operation's targets and
 * per target. Without a body every target takes 0 minutes (arrivals only), as before.
 */
@Schema(name = "DispatchPlanRequest", description = "Optional. Time spent at the targets; every field may be left"
        + " out.")
public record DispatchPlanRequest(
        @Min(0) @Max(MAX_MINUTES)
        @Schema(description = "Minutes spent at each target not listed in serviceTimes (default 0)", example = "30")
        Integer serviceMinutes,
        @Size(max = 1000)
        @Schema(description = "Minutes spent at particular targets (pending targets of the operation; one entry per"
                + " target)") List<@NotNull @Valid ServiceTime> serviceTimes) {

    /** Twelve hours: longer than any raid day. */
    static final int MAX_MINUTES = 720;

    @Schema(name = "DispatchServiceTime")
    public record ServiceTime(@NotNull @Schema(description = "A target of the operation") UUID targetId,
                              @NotNull @Min(0) @Max(MAX_MINUTES) @Schema(example = "90") Integer minutes) {
    }

    int defaultMinutes() {
        return serviceMinutes == null ? 0 : serviceMinutes;
    }

    /**
     * Minutes by target, checked against the operation's targets: a target listed twice is 400, one that is not
     * a target of the operation 422 unknown-target.
     */
    Map<UUID, Integer> byTarget(Set<UUID> targetsOfOperation) {
        Map<UUID, Integer> minutes = new HashMap<>();
        if (serviceTimes == null) {
            return minutes;
        }
        Set<UUID> unknown = new HashSet<>();
        for (int i = 0; i < serviceTimes.size(); i++) {
            ServiceTime s = serviceTimes.get(i);
            if (minutes.put(s.targetId(), s.minutes()) != null) {
                throw ProblemException.invalidField("serviceTimes[" + i + "].targetId",
                        "repeats target " + s.targetId());
            }
            if (!targetsOfOperation.contains(s.targetId())) {
                unknown.add(s.targetId());
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable("unknown-target", "Unknown target",
                            "serviceTimes names " + unknown.size() + " target(s) that are not targets of this"
                                    + " operation: " + unknown.stream().map(UUID::toString).sorted().limit(5).toList())
                    .with("targets", unknown.stream().map(UUID::toString).sorted()
                            .map(id -> Map.of("targetId", id, "problem", "not a target of this operation")).toList());
        }
        return minutes;
    }
}
