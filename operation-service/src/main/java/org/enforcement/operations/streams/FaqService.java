package org.enforcement.operations.streams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.http.Preconditions;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;

/**
 * The FAQ base: answers judges give again and again on streams ("申请执行的期间是多长？"). Shared by all courts and
 * public (the law is the same everywhere); each entry records the court that wrote it.
 */
@ApplicationScoped
@Transactional
public class FaqService {

    @Inject
    Clock clock;

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    @Inject
    FaqRepository entries;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    public FaqEntryResponse create(CreateFaqEntryRequest request) {
        FaqEntry e = new FaqEntry();
        e.id = UUID.randomUUID();
        e.court = caller.court();
        e.question = request.question().strip();
        e.answer = request.answer().strip();
        e.legalBasis = StreamService.blankToNull(request.legalBasis());
        e.tags.addAll(tags(request.tags()));
        e.createdBy = caller.id();
        e.createdAt = clock.instant();
        entries.persist(e);
        audit.record("FAQ_ENTRY_CREATED", "FaqEntry", e.id.toString(), e.question);
        entries.flush();
        return FaqEntryResponse.of(e, false);
    }

    /** Observers and integrators read entries as the public does; the court's own staff as written. */
    private boolean scrubbed() {
        return !caller.readsPersonalData();
    }

    /** Internal search: entries as written for the court's staff, scrubbed for observers and integrators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FaqPage search(String keyword, String cursor, int limit) {
        return page(keyword, cursor, limit, scrubbed());
    }

    /** Public search: entries through the privacy scrub. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FaqPage publicSearch(String keyword, String cursor, int limit) {
        return page(keyword, cursor, limit, true);
    }

    private FaqPage page(String keyword, String cursor, int limit, boolean scrub) {
        List<FaqEntry> found = entries.search(keyword, FaqPage.Position.decode(cursor), limit + 1);
        boolean more = found.size() > limit;
        List<FaqEntry> shown = more ? found.subList(0, limit) : found;
        String next = more ? new FaqPage.Position(shown.get(limit - 1).createdAt, shown.get(limit - 1).id).encode()
                : null;
        return new FaqPage(shown.stream().map(e -> FaqEntryResponse.of(e, scrub)).toList(), next, more, limit);
    }

    /**
     * One entry. A withdrawn one reads only for the staff of the court that wrote it (with its withdrawal); for
     * everyone else it is gone, as from the public FAQ: 404.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FaqEntryResponse get(UUID id) {
        FaqEntry e = entries.findByIdOptional(id).orElseThrow(() -> notFound(id));
        if (Withdrawal.isWithdrawn(e.withdrawal) && (scrubbed() || !e.court.equals(caller.court()))) {
            throw notFound(id);
        }
        return FaqEntryResponse.of(e, scrubbed());
    }

    /**
     * Corrects an entry: a director of the court that wrote it, at the version read (If-Match), with a reason kept
     * in the audit trail. The public FAQ shows the correction at once.
     */
    public FaqEntryResponse correct(UUID id, String ifMatch, CorrectFaqEntryRequest request) {
        FaqEntry e = ownEntry(id);
        Preconditions.requireIfMatch(ifMatch, e.version);
        Withdrawal.requireNone(e.withdrawal, "FAQ entry " + id);
        e.question = request.question().strip();
        e.answer = request.answer().strip();
        e.legalBasis = StreamService.blankToNull(request.legalBasis());
        e.tags.clear();
        e.tags.addAll(tags(request.tags()));
        audit.record("FAQ_ENTRY_CORRECTED", "FaqEntry", e.id.toString(), request.reason().strip());
        entries.flush();
        return FaqEntryResponse.of(e, false);
    }

    /**
     * Takes an entry off every public view and every search (a judge will not answer from it again), with a reason
     * kept on it and in the audit trail: a director of the court that wrote it. Its id still reads, marked withdrawn.
     */
    public FaqEntryResponse withdraw(UUID id, WithdrawalRequest request) {
        FaqEntry e = ownEntry(id);
        Withdrawal.requireNone(e.withdrawal, "FAQ entry " + id);
        e.withdrawal = new Withdrawal(clock.instant(), caller.id(), request.reason().strip());
        audit.record("FAQ_ENTRY_WITHDRAWN", "FaqEntry", e.id.toString(), e.withdrawal.reason);
        entries.flush();
        return FaqEntryResponse.of(e, false);
    }

    /** The entry locked for a change by its own court; 403 for another court's director (entries are shared). */
    private FaqEntry ownEntry(UUID id) {
        FaqEntry e = entries.lock(id).orElseThrow(() -> notFound(id));
        if (!e.court.equals(caller.court())) {
            throw ProblemException.forbidden("not-owning-court", "Not your court's entry",
                    "FAQ entry " + id + " was written by court " + e.court + "; only its directors change it.");
        }
        return e;
    }

    /** Tags once each, ignoring case, in the order given. */
    private static List<String> tags(List<String> given) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (given != null) {
            given.forEach(t -> tags.putIfAbsent(t.strip().toLowerCase(Locale.ROOT), t.strip()));
        }
        return List.copyOf(tags.values());
    }

    public static ProblemException notFound(UUID id) {
        return ProblemException.notFound("faq-entry-not-found", "FAQ entry not found", "There is no FAQ entry " + id
                + ".");
    }
}
