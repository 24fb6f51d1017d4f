package org.enforcement.stats.campaigns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;
import org.enforcement.commons.security.Courts;
import org.enforcement.commons.security.Roles;
import org.enforcement.stats.metrics.CourtScope;

/**
 * Who may see and change which campaign. A campaign is seen by every court taking part and by the directors and
 * observers of the courts above the organizer ({@link CourtScope}); only its organising court's director (or a
 * service account of *) changes it. A campaign the caller may not see does not exist for it (404). Runs in the
 * caller's transaction.
 */
@ApplicationScoped
public class CampaignAccess {

    @Inject
    CampaignRepository campaigns;

    @Inject
    Caller caller;

    @Inject
    CourtScope scope;

    @Inject
    Courts courts;

    /**
     * The campaign a caller means by a code. Codes are unique per organiser only, so: the one of the named
     * organiser; else the one the caller's court takes part in (a court takes part in at most one campaign of a
     * code); else the only one the caller may see; 409 ambiguous-campaign when it may see several, 404 when none.
     */
    Campaign find(String code, String organiser) {
        List<Campaign> seen = campaigns.withCode(code).stream().filter(this::visible).toList();
        if (organiser != null) {
            return seen.stream().filter(c -> c.organizingCourt.equals(organiser)).findFirst()
                    .orElseThrow(() -> notFound(code));
        }
        Optional<Campaign> own = seen.stream().filter(c -> c.involves(caller.court())).findFirst();
        if (own.isPresent()) {
            return own.get();
        }
        if (seen.size() > 1) {
            throw ambiguous(code, seen);
        }
        return seen.stream().findFirst().orElseThrow(() -> notFound(code));
    }

    /** The campaigns the caller may see. */
    List<Campaign> visibleCampaigns() {
        return allCourts() ? campaigns.everyCampaign()
                : scope.readsCourtsBelow() ? campaigns.everyCampaign().stream().filter(this::visible).toList()
                : campaigns.involving(caller.court());
    }

    /**
     * A published campaign, whoever asks. Empty when no published campaign has this code (of this organiser, when
     * one is named); 409 ambiguous-campaign when several organisers published one of the code and none is named.
     */
    Optional<Campaign> published(String code, String organiser) {
        List<Campaign> found = campaigns.withCode(code).stream().filter(Campaign::isPublished).toList();
        if (organiser != null) {
            return found.stream().filter(c -> c.organizingCourt.equals(organiser)).findFirst();
        }
        if (found.size() > 1) {
            throw ambiguous(code, found);
        }
        return found.stream().findFirst();
    }

    /** The campaign locked for a change only its organising court's director (or a service account of *) makes. */
    Campaign lockToChange(String code, String organiser, String verb) {
        CampaignKey key = find(code, organiser).key();
        Campaign c = campaigns.lock(key).filter(this::visible).orElseThrow(() -> notFound(code));
        if (!allCourts() && !isOrganizersDirector(c.organizingCourt)) {
            throw ProblemException.forbidden("not-organizing-court", "Not the organizing court",
                    "Only the director of the organizing court " + c.organizingCourt + " may " + verb
                            + " campaign " + c.code + ".");
        }
        return c;
    }

    /** 403 unless the caller may create a campaign organised by {@code organizer}. */
    void requireOrganiser(String organizer) {
        if (!allCourts() && !isOrganizersDirector(organizer)) {
            throw ProblemException.forbidden("not-organizing-court", "Not the organizing court",
                    "Only the director of the organizing court " + organizer + " may create this campaign; your"
                            + " court is " + caller.court() + ".");
        }
    }

    /**
     * Court staff (directors, judges) read a campaign as written; observers and integrators read its name, key-task
     * titles and withdrawal reason scrubbed, as for every free text (no role but court staff sees personal data).
     */
    CampaignResponse shown(Campaign c) {
        CampaignResponse response = CampaignResponse.of(c);
        return readsAsWritten() ? response : response.scrubbed();
    }

    boolean readsAsWritten() {
        return caller.hasRole(Roles.DIRECTOR) || caller.hasRole(Roles.JUDGE);
    }

    /** Taking part, or a director or observer of the organizer or a court above it. */
    private boolean visible(Campaign c) {
        return allCourts() || c.involves(caller.court())
                || scope.readsCourtsBelow() && courts.isWithin(c.organizingCourt, caller.court());
    }

    /** A service account acting for every court (system integration). */
    private boolean allCourts() {
        return scope.allCourts();
    }

    private boolean isOrganizersDirector(String organizer) {
        return caller.hasRole(Roles.DIRECTOR) && caller.court().equals(organizer);
    }

    private ProblemException ambiguous(String code, List<Campaign> found) {
        List<String> organisers = found.stream().map(c -> c.organizingCourt).toList();
        List<String> named = found.stream().map(c -> courts.nameOf(c.organizingCourt) + " (" + c.organizingCourt + ")")
                .toList();
        return ProblemException.conflict("ambiguous-campaign", "Several campaigns have this code",
                "Campaigns of " + String.join(", ", named) + " have the code " + code
                        + "; name the one you mean with ?organiser=.").with("organisers", organisers);
    }

    static ProblemException notFound(String code) {
        return ProblemException.notFound("campaign-not-found", "Campaign not found",
                "There is no campaign " + code + " that your court organizes or takes part in.");
    }
}
