package org.enforcement.stats.campaigns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.List;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Courts;

/**
 * Which courts a campaign may have: registered courts, the organiser and courts under it (never a court another
 * court listed above it), each in one campaign of a code, so that the feeds' rows (a code and a court) count once.
 * Runs in the caller's transaction.
 */
@ApplicationScoped
public class CampaignCourts {

    @Inject
    CampaignRepository campaigns;

    @Inject
    Courts courts;

    /** 422 unknown-court, naming the field, unless {@code court} is registered. */
    void requireRegistered(String field, String court) {
        if (!courts.contains(court)) {
            throw unknownCourt(field, court);
        }
    }

    /** The organising court's name as the court registry has it. */
    String nameOf(String court) {
        return courts.nameOf(court);
    }

    /**
     * 422 naming the field when a participating court is not registered or not the organizer or under it: a court
     * takes part in its own or a higher court's campaign only, never because another court listed it.
     */
    void checkParticipants(String organizer, List<String> participants) {
        List<String> listed = participants == null ? List.of() : participants;
        for (int i = 0; i < listed.size(); i++) {
            String court = listed.get(i).strip();
            String field = "participatingCourts[" + i + "]";
            requireRegistered(field, court);
            if (!courts.isWithin(court, organizer)) {
                throw ProblemException.unprocessable("participant-outside-organiser",
                        "Participant outside the organizer", field + " " + court + " is neither the organizing court "
                                + organizer + " nor a court under it.").with("field", field);
            }
        }
    }

    /**
     * 409 naming the field when a court of the campaign already takes part in another campaign with the same code:
     * the feeds' rows carry only a code and a court, so each must count in one campaign. {@code self} is the
     * campaign being amended (null when creating).
     */
    void checkCodeFree(CampaignKey self, String code, String organizer, List<String> participants) {
        List<Campaign> others = campaigns.withCode(code).stream().filter(c -> !c.key().equals(self)).toList();
        if (others.isEmpty()) {
            return;
        }
        List<String> listed = participants == null ? List.of() : participants;
        for (int i = -1; i < listed.size(); i++) {
            String court = i < 0 ? organizer : listed.get(i).strip();
            String field = i < 0 ? "organizingCourt" : "participatingCourts[" + i + "]";
            if (others.stream().anyMatch(c -> c.involves(court))) {
                // The other campaign's organiser is not named: it may be a court the caller may not see.
                throw ProblemException.conflict("campaign-code-taken", "Court already in a campaign of this code",
                        field + " " + court + " already takes part in another campaign with the code " + code
                                + "; a court takes part in one campaign of a code, so that its figures count"
                                + " once. Choose another code.").with("field", field);
            }
        }
    }

    /**
     * The database's check of {@link #checkCodeFree} (UNIQUE campaign_court_once, deferred to commit so that
     * amending may reorder the courts) made now, so a concurrent request that got past the check answers 409 too.
     */
    void checkCodeFreeNow(String code) {
        try {
            campaigns.getEntityManager().createNativeQuery("SET CONSTRAINTS campaign_court_once IMMEDIATE")
                    .executeUpdate();
        } catch (PersistenceException e) {
            throw ProblemException.conflict("campaign-code-taken", "Court already in a campaign of this code",
                    "A court of this campaign already takes part in another campaign with the code " + code
                            + ". Choose another code.");
        }
    }

    private static ProblemException unknownCourt(String field, String court) {
        return ProblemException.unprocessable("unknown-court", "Unknown court",
                field + " " + court + " is not a registered court.").with("field", field);
    }
}
