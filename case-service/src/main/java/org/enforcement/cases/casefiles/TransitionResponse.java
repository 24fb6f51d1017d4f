package org.enforcement.cases.casefiles;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One recorded lifecycle step. */
@Schema(name = "Transition")
public record TransitionResponse(long id, CaseAction action, CaseStatus fromStatus, CaseStatus toStatus,
                                 ConclusionType conclusionType, String reason,
                                 @Schema(example = "judge.chen") String actor, String roles, Instant occurredAt) {

    static TransitionResponse of(CaseTransition t) {
        return new TransitionResponse(t.id, t.action, t.fromStatus, t.toStatus, t.conclusionType, t.reason, t.actor,
                t.roles, t.occurredAt);
    }
}
