package org.enforcement.cases.casefiles;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One recorded lifecycle step. */
@Schema(name = "Transition")
public record TransitionResponse(long id, CaseAction action, @Schema(nullable = true) CaseStatus fromStatus, CaseStatus toStatus,
                                 @Schema(nullable = true) ConclusionType conclusionType, @Schema(nullable = true) String reason,
                                 @Schema(example = "judge.chen") String actor, String roles, Instant occurredAt) {

    /** The step with its reason as the caller may read it. */
    static TransitionResponse of(CaseTransition t, CaseText text) {
        return new TransitionResponse(t.id, t.action, t.fromStatus, t.toStatus, t.conclusionType,
                text.shown(t.caseId, t.reason), t.actor, t.roles, t.occurredAt);
    }
}
