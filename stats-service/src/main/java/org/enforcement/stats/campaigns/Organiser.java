package org.enforcement.stats.campaigns;

import org.enforcement.commons.http.QueryParams;

/**
 * The {@code ?organiser=} query parameter: the organising court's code, for campaigns of several organisers that
 * share a code. Read the same way by the staff, public and dashboard routes.
 */
public final class Organiser {

    /** The length of campaign.organizing_court. */
    static final int MAX_COURT = 32;

    private Organiser() {
    }

    /** The organiser named by {@code value}; null when none is. */
    public static String of(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String court = QueryParams.checked("organiser", value).strip();
        if (court.length() > MAX_COURT) {
            throw QueryParams.invalid("organiser", "must be at most " + MAX_COURT + " characters");
        }
        return court;
    }
}
