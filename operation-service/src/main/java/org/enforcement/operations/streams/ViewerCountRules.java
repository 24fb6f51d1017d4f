package org.enforcement.operations.streams;

import org.enforcement.commons.problem.ProblemException;

/**
 * What a reading of a platform's viewer counts must be to be believed: the peak is not below the viewers watching
 * now, no more watch now than have watched so far (current ≤ cumulative), and cumulative views never go down over
 * time — at least every earlier reading of the platform and at most every later one (readings may arrive out of
 * order). Pure: the service reads the neighbouring readings and hands them in.
 */
final class ViewerCountRules {

    private ViewerCountRules() {
    }

    /** 400 when the peak is below current; 422 current-exceeds-cumulative when more watch now than ever watched. */
    static void requireConsistent(ViewerSnapshotRequest request) {
        if (request.peak() != null && request.peak() < request.current()) {
            throw ProblemException.invalidField("peak", "must not be below current");
        }
        if (request.current() > request.cumulative()) {
            // Everyone watching now counts among the views so far: a reading with more is misread or swapped.
            throw ProblemException.unprocessable("current-exceeds-cumulative", "More watching than ever watched",
                            "On " + request.platform() + " at " + request.at() + ", " + request.current()
                                    + " are watching now (current) but only " + request.cumulative()
                                    + " views were counted so far (cumulative); current cannot exceed cumulative.")
                    .with("platform", request.platform().name()).with("current", request.current())
                    .with("cumulative", request.cumulative());
        }
    }

    /**
     * 422 cumulative-viewers-decreased against the latest earlier reading ({@code before}) or the earliest later one
     * ({@code after}) of the same platform; null when there is none.
     */
    static void requireNeverDecreasing(ViewerSnapshotRequest request, Long before, Long after) {
        if (before != null && request.cumulative() < before) {
            throw cumulativeDecreased(request, "an earlier snapshot counted " + before, before);
        }
        if (after != null && request.cumulative() > after) {
            throw cumulativeDecreased(request, "a later snapshot counted only " + after, after);
        }
    }

    private static ProblemException cumulativeDecreased(ViewerSnapshotRequest request, String reason, long other) {
        return ProblemException.unprocessable("cumulative-viewers-decreased", "Cumulative viewers decreased",
                        "Cumulative views on " + request.platform() + " never go down, but " + reason + " against "
                                + request.cumulative() + " at " + request.at() + ".")
                .with("platform", request.platform().name()).with("conflictingCumulative", other);
    }
}
