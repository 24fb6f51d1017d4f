package org.enforcement.cases.measures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.enforcement.cases.casefiles.Case;
import org.enforcement.cases.casefiles.CaseQueries;
import org.enforcement.cases.casefiles.CaseText;
import org.enforcement.cases.casefiles.Party;
import org.enforcement.cases.casefiles.PartyKind;
import org.enforcement.cases.casefiles.PersonalData;
import org.enforcement.commons.security.Caller;
import org.enforcement.rules.vocabulary.MeasureType;

/** A case's measures as the caller may see them: names masked and free text scrubbed without full access. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MeasureViews {

    @Inject
    CaseQueries caseQueries;

    @Inject
    MeasureRepository measures;

    @Inject
    CaseText text;

    @Inject
    Caller caller;

    public List<MeasureResponse> list(UUID caseId) {
        Case c = caseQueries.get(caseId);
        return measures.ofCase(c.id).stream().map(m -> response(c, m)).toList();
    }

    public MeasureResponse get(UUID caseId, UUID measureId) {
        Case c = caseQueries.get(caseId);
        return response(c, measures.inCase(c.id, measureId).orElseThrow(() -> MeasureRecords.notFound(c, measureId)));
    }

    MeasureResponse response(Case c, Measure m) {
        boolean full = PersonalData.fullAccess(caller);
        Party respondent = MeasureRecords.respondentOf(c, m);
        String respondentName = respondent == null ? null
                : full ? respondent.name : PersonalData.maskName(respondent.name, respondent.kind);
        List<Witness> witnesses = m.witnesses == null ? null : full ? m.witnesses
                : m.witnesses.stream().map(w -> new Witness(PersonalData.maskName(w.name(), PartyKind.PERSON),
                        w.capacity())).toList();
        return new MeasureResponse(m.id, m.caseId, m.type, m.status, m.respondentId, respondentName,
                text.shown(c.id, m.reason), m.durationHours, m.complex, m.detentionDays, m.amount, m.deadline,
                m.startsOn, m.endsOn, text.shown(c.id, m.property), m.warrantNumber, m.supervisingProcuratorate,
                witnesses, MeasurePolicy.legalBasis(m.type), m.orderedBy, m.orderedAt, m.orderedOn, m.decidedBy,
                m.decidedAt, m.decidedOn, text.shown(c.id, m.decisionNote), m.resultAmount,
                m.type == MeasureType.AUCTION ? m.resultOn : null, m.resultOn, text.shown(c.id, m.resultNote),
                m.resultAt, m.paymentId, m.fieldDecidedBy == null ? null
                : new OrderMeasureRequest.FieldDecision(m.fieldDecidedBy, m.fieldDecidedAt,
                        text.shown(c.id, m.fieldReference)),
                m.version);
    }
}
