package org.enforcement.operations.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;
import org.enforcement.operations.config.OperationConfig;
import org.enforcement.operations.operations.Operation;
import org.enforcement.operations.operations.OperationService;
import org.enforcement.operations.streams.PrivacyScrub;
import org.enforcement.operations.targets.Target;
import org.enforcement.operations.targets.TargetRepository;
import org.enforcement.operations.targets.TargetService;
import org.enforcement.rules.BusinessCalendar;
import org.enforcement.rules.privacy.Masking;
import org.enforcement.rules.privacy.PersonalDataScrubber;

/**
 * Reading the timeline, and what each role sees of it: judges, directors, officers and clerks read the details as
 * written; everyone else (observers, integrators) reads the payer's name masked and every other free text (note,
 * terms, item, procuratorate ...) with the target's debtor and address, phone, ID and other long numbers scrubbed, as
 * in the printed record.
 */
@ApplicationScoped
public class TimelineView {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    OperationService operations;

    @Inject
    TargetRepository targets;

    @Inject
    TimelineRepository timeline;

    @Inject
    Caller caller;

    @Inject
    OperationConfig config;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TimelineEntryResponse> list(UUID operationId, UUID targetId) {
        Operation o = operations.get(operationId);
        if (targetId == null) {
            return timeline.ofOperation(o.id).stream().map(this::entry).toList();
        }
        Target t = targets.inOperation(o.id, targetId).orElseThrow(() -> TargetService.notFound(targetId));
        return timeline.ofTarget(o.id, t.id).stream().map(this::entry).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TimelineEntryResponse get(UUID operationId, UUID entryId) {
        Operation o = operations.get(operationId);
        return timeline.find("operationId = ?1 and entryId = ?2", o.id, entryId).firstResultOptional()
                .map(this::entry)
                .orElseThrow(() -> ProblemException.notFound("timeline-entry-not-found", "Timeline entry not found",
                        "This operation's timeline has no entry " + entryId + "."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TimelineVerification verify(UUID operationId) {
        return TimelineChain.verify(timeline.ofOperation(operations.get(operationId).id));
    }

    /** The record (执行笔录) of one target: its entries in time order, and the state of the operation's chain. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TargetRecord record(UUID operationId, UUID targetId) {
        Operation o = operations.get(operationId);
        Target t = targets.inOperation(o.id, targetId).orElseThrow(() -> TargetService.notFound(targetId));
        List<TargetRecord.Line> lines = timeline.ofTarget(o.id, t.id).stream()
                .sorted(Comparator.comparing((TimelineEntry e) -> e.occurredAt).thenComparing(e -> e.id))
                .map(e -> new TargetRecord.Line(e.entryId, e.type, e.occurredAt, localTime(e.occurredAt),
                        TimelineDescriptions.describe(e.type, TimelineChain.typedDetails(e.details))))
                .toList();
        if (!readsAsWritten()) {
            // Observers and integrators read the record as the public would: no number in any separator style.
            PersonalDataScrubber target = scrubberOf(t);
            lines = lines.stream().map(l -> new TargetRecord.Line(l.entryId(), l.type(), l.occurredAt(),
                    l.localTime(), target.scrub(scrub(l.description())))).toList();
        }
        return new TargetRecord(o.court, o.id, o.name, o.campaignCode, o.date, t.id, t.caseNumber, t.debtorName,
                t.status, lines, TimelineChain.verify(timeline.ofOperation(o.id)));
    }

    /** One entry as the caller may read it. */
    TimelineEntryResponse entry(TimelineEntry e) {
        Map<String, Object> details = TimelineChain.details(e.details);
        if (!readsAsWritten()) {
            PersonalDataScrubber target = scrubberOf(e.targetId == null ? null : targets.findById(e.targetId));
            details.replaceAll((field, value) -> {
                if (!(value instanceof String text)) {
                    return value;
                }
                return "payer".equals(field) ? Masking.personName(text) : target.scrub(scrub(text));
            });
        }
        return new TimelineEntryResponse(e.entryId, e.id, e.type, e.targetId, e.teamId, e.occurredAt,
                localTime(e.occurredAt), e.recordedAt, e.recordedBy, details, e.previousHash, e.hash);
    }

    /** The local clock time (HH:mm, in the courts' zone) an entry is printed with. */
    String localTime(Instant at) {
        return CLOCK.format(at.atZone(BusinessCalendar.ZONE));
    }

    /** Court staff (judges, directors, officers, clerks) read the timeline as written. */
    private boolean readsAsWritten() {
        return caller.readsPersonalData();
    }

    /**
     * The target's own debtor and address, so "在王营镇某村12号找到秦某某" reads "在江苏省淮安市****找到秦某" for an
     * observer; without a target, the numbers and e-mail addresses only.
     */
    private static PersonalDataScrubber scrubberOf(Target t) {
        if (t == null) {
            return PersonalDataScrubber.withoutParties();
        }
        return PersonalDataScrubber.forParties(List.of(new PersonalDataScrubber.Party(t.debtorName, true,
                t.address)));
    }

    /** The printed record's redaction, then the public scrub (grouped or full-width digits, card numbers). */
    static String scrub(String text) {
        return PrivacyScrub.text(TimelineDescriptions.redact(text));
    }
}
