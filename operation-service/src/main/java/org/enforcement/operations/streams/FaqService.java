package org.enforcement.operations.streams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;
import org.enforcement.commons.security.Roles;

/**
 * The FAQ base: answers judges give again and again on streams ("申请执行的期间是多长？"). Shared by all courts and
 * public (the law is the same everywhere); each entry records the court that wrote it.
 */
@ApplicationScoped
@Transactional
public class FaqService {

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
        if (request.tags() != null) {
            // Tags once each, ignoring case, in the order given.
            Map<String, String> tags = new LinkedHashMap<>();
            request.tags().forEach(t -> tags.putIfAbsent(t.strip().toLowerCase(Locale.ROOT), t.strip()));
            e.tags.addAll(tags.values());
        }
        e.createdBy = caller.id();
        e.createdAt = Instant.now();
        entries.persist(e);
        audit.record("FAQ_ENTRY_CREATED", "FaqEntry", e.id.toString(), e.question);
        entries.flush();
        return FaqEntryResponse.of(e, false);
    }

    /** Observers and integrators read entries as the public does; the court's own staff as written. */
    private boolean scrubbed() {
        return !caller.hasAnyRole(Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER, Roles.CLERK);
    }

    /** Internal search: entries as written for the court's staff, scrubbed for observers and integrators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FaqEntryResponse> search(String keyword, int limit) {
        return entries.search(keyword, limit).stream().map(e -> FaqEntryResponse.of(e, scrubbed())).toList();
    }

    /** Public search: entries through the privacy scrub. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FaqEntryResponse> publicSearch(String keyword, int limit) {
        return entries.search(keyword, limit).stream().map(e -> FaqEntryResponse.of(e, true)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FaqEntryResponse get(UUID id) {
        return entries.findByIdOptional(id).map(e -> FaqEntryResponse.of(e, scrubbed()))
                .orElseThrow(() -> notFound(id));
    }

    public static ProblemException notFound(UUID id) {
        return ProblemException.notFound("faq-entry-not-found", "FAQ entry not found", "There is no FAQ entry " + id
                + ".");
    }
}
