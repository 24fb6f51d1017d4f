package org.enforcement.operations.streams;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.enforcement.commons.problem.ProblemException;

/**
 * That a director took public content (a FAQ entry, a stream, an answered question) off the public pages, when and
 * why. Null on the entity while the content is public.
 */
@Embeddable
public class Withdrawal {

    @Column(name = "withdrawn_at")
    public Instant at;

    @Column(name = "withdrawn_by")
    public String by;

    @Column(name = "withdrawal_reason")
    public String reason;

    public Withdrawal() {
    }

    Withdrawal(Instant at, String by, String reason) {
        this.at = at;
        this.by = by;
        this.reason = reason;
    }

    /** 409 when {@code withdrawal} is set: withdrawn content is neither withdrawn again nor corrected. */
    static void requireNone(Withdrawal withdrawal, String what) {
        if (withdrawal != null && withdrawal.at != null) {
            throw ProblemException.conflict("already-withdrawn", "Already withdrawn",
                    what + " was withdrawn at " + withdrawal.at + "; it can be neither withdrawn again nor corrected.")
                    .with("withdrawnAt", withdrawal.at.toString());
        }
    }

    static boolean isWithdrawn(Withdrawal withdrawal) {
        return withdrawal != null && withdrawal.at != null;
    }
}
