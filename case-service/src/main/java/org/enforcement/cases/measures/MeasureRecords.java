package org.enforcement.cases.measures;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.enforcement.cases.casefiles.Case;
import org.enforcement.cases.casefiles.CaseCalendar;
import org.enforcement.cases.casefiles.Party;
import org.enforcement.cases.casefiles.PartyRole;
import org.enforcement.commons.problem.Problem;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.events.cases.MeasureFacts;
import org.enforcement.rules.vocabulary.EnforcedCase;

/** What the measure use cases share: the checks around a measure's record, its facts for the feed and the audit. */
final class MeasureRecords {

    private MeasureRecords() {
    }

    static void requireFields(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(e -> e.field() + ": " + e.message())
                    .collect(Collectors.joining("; "));
            throw new ProblemException(400, "validation", "Request is not valid", detail, errors);
        }
    }

    /** A day in the measure's life (decision, result): a day of the case, and not before the measure was ordered. */
    static void requireMeasureDay(CaseCalendar calendar, Case c, Measure m, String field, LocalDate day) {
        calendar.requireCaseDay(c, field, day);
        if (m.orderedOn != null && day.isBefore(m.orderedOn)) {
            throw ProblemException.invalidField(field,
                    "must not be before the measure was ordered (" + m.orderedOn + ")");
        }
    }

    /** Measures happen while the case is enforced: in enforcement, or while a settlement is being performed. */
    static void requireInEnforcement(Case c, String what) {
        if (!EnforcedCase.is(c.status.name())) {
            throw ProblemException.conflict("case-not-in-enforcement", "Case is not in enforcement",
                    "Case " + c.caseNumber + " is " + c.status + "; " + what + " only while it is IN_ENFORCEMENT or"
                            + " SETTLEMENT_PERFORMING.")
                    .with("caseStatus", c.status.name());
        }
    }

    static Party respondent(Case c, UUID partyId) {
        return c.party(partyId).filter(p -> p.role == PartyRole.RESPONDENT)
                .orElseThrow(() -> ProblemException.unprocessable("respondent-not-in-case", "Not a respondent",
                        "Party " + partyId + " is not a respondent (被执行人) of case " + c.caseNumber
                                + "; measures are ordered against the case's respondents.")
                        .with("field", "respondentId"));
    }

    static Party respondentOf(Case c, Measure m) {
        return m.respondentId == null ? null : c.party(m.respondentId).orElse(null);
    }

    static ProblemException notFound(Case c, UUID measureId) {
        return ProblemException.notFound("measure-not-found", "Measure not found",
                "Case " + c.caseNumber + " has no measure " + measureId + ".");
    }

    /** What the event feed may carry: no names, ID numbers, addresses, property descriptions or warrant numbers. */
    static MeasureFacts facts(Case c, Measure m) {
        Party respondent = respondentOf(c, m);
        return new MeasureFacts(c.caseNumber, m.id, m.type.name(), m.status.name(),
                respondent == null ? null : respondent.kind.name(), m.durationHours,
                m.durationHours == null ? null : Boolean.TRUE.equals(m.complex), m.detentionDays, m.amount,
                m.deadline, m.startsOn, m.endsOn,
                m.witnesses == null ? null : m.witnesses.stream().map(w -> w.capacity().name()).toList(),
                MeasurePolicy.legalBasis(m.type), m.orderedOn, m.fieldDecidedAt, c.campaignCode);
    }

    /** A one-line summary of the measure's terms for the audit trail. */
    static String describe(Measure m) {
        var sb = new StringBuilder().append(m.type).append(' ').append(m.status);
        if (m.durationHours != null) {
            sb.append(' ').append(m.durationHours).append('h').append(Boolean.TRUE.equals(m.complex) ? " complex" : "");
        }
        if (m.detentionDays != null) {
            sb.append(' ').append(m.detentionDays).append(" days");
        }
        if (m.amount != null) {
            sb.append(' ').append(m.amount.toPlainString());
        }
        if (m.deadline != null) {
            sb.append(" due ").append(m.deadline);
        }
        if (m.startsOn != null) {
            sb.append(' ').append(m.startsOn).append("..").append(m.endsOn == null ? "" : m.endsOn.toString());
        }
        if (m.warrantNumber != null) {
            sb.append(" warrant ").append(m.warrantNumber);
        }
        if (m.fieldDecidedBy != null) {
            sb.append(" decided in the field by ").append(m.fieldDecidedBy).append(" at ").append(m.fieldDecidedAt);
            if (m.fieldReference != null) {
                sb.append(" (").append(m.fieldReference).append(')');
            }
        }
        return sb.toString();
    }
}
