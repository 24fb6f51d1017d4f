package org.enforcement.stats.campaigns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.http.Preconditions;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;

/**
 * A campaign's life: created and amended by the organizing court's director, for that court and courts under it
 * ({@link CampaignCourts}); a DRAFT until published; withdrawn from the public pages with a reason. Each change is
 * audited and announced ({@link CampaignChanged}): the public figures are emptied when it commits.
 */
@ApplicationScoped
@Transactional
public class CampaignLifecycle {

    @Inject
    Clock clock;

    @Inject
    CampaignRepository campaigns;

    @Inject
    CampaignAccess access;

    @Inject
    CampaignCourts courts;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    /** Heard by the public figures' caches, which empty themselves when the transaction commits. */
    @Inject
    Event<CampaignChanged> changed;

    public CampaignResponse create(CreateCampaignRequest request) {
        String organizer = request.organizingCourt().strip();
        access.requireOrganiser(organizer);
        courts.requireRegistered("organizingCourt", organizer);
        CampaignRules.check(request.startsOn(), request.endsOn(), request.participatingCourts(), request.keyTasks());
        courts.checkParticipants(organizer, request.participatingCourts());
        String code = request.code().strip();
        if (campaigns.findByIdOptional(new CampaignKey(organizer, code)).isPresent()) {
            throw exists(organizer, code);
        }
        courts.checkCodeFree(null, code, organizer, request.participatingCourts());
        Campaign c = new Campaign();
        c.code = code;
        c.organizingCourt = organizer;
        // The registry names the organiser, whatever the request says: a court cannot publish its campaign under
        // another court's name.
        c.organizingCourtName = courts.nameOf(organizer);
        c.level = request.level();
        c.createdBy = caller.id();
        c.createdAt = clock.instant();
        apply(c, request.name(), request.participatingCourts(), request.startsOn(), request.endsOn(),
                request.keyTasks());
        campaigns.persist(c);
        try {
            campaigns.flush();
        } catch (PersistenceException e) {
            // Another request created the same campaign between the check above and this insert.
            throw exists(organizer, code);
        }
        courts.checkCodeFreeNow(code);
        audit.record("CAMPAIGN_CREATED", "Campaign", c.code, c.name);
        campaigns.flush();
        changed.fire(new CampaignChanged(c.organizingCourt, c.code));
        return access.shown(c);
    }

    public CampaignResponse amend(String code, String organiser, String ifMatch, AmendCampaignRequest request) {
        Campaign c = access.lockToChange(code, organiser, "amend");
        Preconditions.requireIfMatch(ifMatch, c.version);
        CampaignRules.check(request.startsOn(), request.endsOn(), request.participatingCourts(), request.keyTasks());
        courts.checkParticipants(c.organizingCourt, request.participatingCourts());
        courts.checkCodeFree(c.key(), c.code, c.organizingCourt, request.participatingCourts());
        apply(c, request.name(), request.participatingCourts(), request.startsOn(), request.endsOn(),
                request.keyTasks());
        audit.record("CAMPAIGN_AMENDED", "Campaign", c.code, c.name);
        campaigns.flush();
        courts.checkCodeFreeNow(c.code);
        changed.fire(new CampaignChanged(c.organizingCourt, c.code));
        return access.shown(c);
    }

    /**
     * Puts the campaign on the public pages (again, after a withdrawal): the organising court's director only.
     * Publishing a published campaign changes nothing.
     */
    public CampaignResponse publish(String code, String organiser) {
        Campaign c = access.lockToChange(code, organiser, "publish");
        if (!c.isPublished()) {
            c.publication = Publication.PUBLISHED;
            c.publishedAt = clock.instant();
            c.publishedBy = caller.id();
            c.withdrawnAt = null;
            c.withdrawnBy = null;
            c.withdrawalReason = null;
            audit.record("CAMPAIGN_PUBLISHED", "Campaign", c.code, c.name);
            campaigns.flush();
            changed.fire(new CampaignChanged(c.organizingCourt, c.code));
        }
        return access.shown(c);
    }

    /**
     * Takes a published campaign off every public page and cache when this commits, with the reason (kept, and
     * audited). Withdrawing a withdrawn campaign changes nothing; a draft was never public (409).
     */
    public CampaignResponse withdraw(String code, String organiser, String reason) {
        Campaign c = access.lockToChange(code, organiser, "withdraw");
        if (c.publication == Publication.DRAFT) {
            throw ProblemException.conflict("campaign-not-published", "Campaign not published",
                    "Campaign " + c.code + " is a draft: it was never on the public pages.")
                    .with("currentStatus", c.publication.name());
        }
        if (c.isPublished()) {
            c.publication = Publication.WITHDRAWN;
            c.withdrawnAt = clock.instant();
            c.withdrawnBy = caller.id();
            c.withdrawalReason = reason.strip();
            audit.record("CAMPAIGN_WITHDRAWN", "Campaign", c.code, c.withdrawalReason);
            campaigns.flush();
            changed.fire(new CampaignChanged(c.organizingCourt, c.code));
        }
        return access.shown(c);
    }

    private static void apply(Campaign c, String name, List<String> courts, LocalDate startsOn, LocalDate endsOn,
                              List<KeyTaskRequest> keyTasks) {
        c.name = name.strip();
        c.startsOn = startsOn;
        c.endsOn = endsOn;
        Set<String> participating = new LinkedHashSet<>();
        participating.add(c.organizingCourt);
        if (courts != null) {
            courts.forEach(court -> participating.add(court.strip()));
        }
        c.participatingCourts.clear();
        c.participatingCourts.addAll(participating);
        List<KeyTask> tasks = new ArrayList<>();
        for (KeyTaskRequest r : keyTasks == null ? List.<KeyTaskRequest>of() : keyTasks) {
            KeyTask t = new KeyTask();
            t.number = r.number();
            t.title = r.title().strip();
            t.metric = r.metric().strip();
            t.target = r.target();
            t.cadence = r.cadence();
            t.minPlatforms = r.minPlatforms();
            t.deadline = r.deadline();
            t.startsOn = r.startsOn();
            tasks.add(t);
        }
        c.keyTasks.clear();
        c.keyTasks.addAll(tasks.stream().sorted(Comparator.comparingInt(t -> t.number)).toList());
    }

    private static ProblemException exists(String organizer, String code) {
        return ProblemException.conflict("campaign-exists", "Campaign exists",
                "Your court " + organizer + " already has a campaign " + code
                        + "; amend it with PUT /api/campaigns/{code}?organiser=" + organizer + ".");
    }
}
