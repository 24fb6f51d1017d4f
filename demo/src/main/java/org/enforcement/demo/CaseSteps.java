package org.enforcement.demo;

import static org.enforcement.demo.Json.obj;
import static org.enforcement.demo.Services.bearer;
import static org.enforcement.demo.Services.body;
import static org.enforcement.demo.Services.call;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.client.cases.api.CasesApi;
import org.enforcement.client.cases.api.DisbursementsApi;
import org.enforcement.client.cases.api.SettlementsApi;
import org.enforcement.client.cases.invoker.ApiResponse;
import org.enforcement.client.cases.model.AgreementStatus;
import org.enforcement.client.cases.model.CaseAction;
import org.enforcement.client.cases.model.CasePage;
import org.enforcement.client.cases.model.CaseStatus;
import org.enforcement.client.cases.model.ConclusionType;
import org.enforcement.client.cases.model.DecideDisbursementRequest;
import org.enforcement.client.cases.model.DeclareBreachRequest;
import org.enforcement.client.cases.model.Disbursement;
import org.enforcement.client.cases.model.DisbursementStatus;
import org.enforcement.client.cases.model.ModelCase;
import org.enforcement.client.cases.model.RegisterCaseRequest;
import org.enforcement.client.cases.model.RequestDisbursementRequest;
import org.enforcement.client.cases.model.Settlement;
import org.enforcement.client.cases.model.SignSettlementRequest;
import org.enforcement.client.cases.model.TransitionRequest;

/**
 * Steps on case-service for one court, each looking up what it would create first: a case by its basis document
 * (one judgment, one enforcement case), a settlement, measure or disbursement among the case's own.
 */
public final class CaseSteps {

    /** A party as the clerk registers it (full personal data; the services mask it for those who may not see it). */
    public record Party(String kind, String name, String idNumber, String phone, String address) {

        public static Party person(String name, String idNumber, String phone, String address) {
            return new Party("PERSON", name, idNumber, phone, address);
        }

        public static Party organization(String name, String creditCode, String address) {
            return new Party("ORGANIZATION", name, creditCode, null, address);
        }

        Map<String, Object> body() {
            return obj("kind", kind, "name", name, "idNumber", idNumber, "phone", phone, "address", address);
        }
    }

    /** A case to register; {@code basisDocument} is its natural key. */
    public record CaseSpec(String basisDocument, String cause, BigDecimal principal, BigDecimal costs,
                           String nonMonetaryObligation, String assignedJudge, String filedOn, String campaignCode,
                           Party applicant, Party respondent) {
    }

    private final Demo demo;
    private final Court court;
    private final ObjectMapper json;
    private final CasesApi cases;
    private final SettlementsApi settlements;
    private final MeasureSteps measureSteps;
    private final DisbursementsApi disbursements;
    private Map<String, UUID> idsByBasis;

    public CaseSteps(Demo demo, Court court) {
        this.demo = demo;
        this.court = court;
        this.json = demo.services().cases.getObjectMapper();
        this.cases = new CasesApi(demo.services().cases);
        this.settlements = new SettlementsApi(demo.services().cases);
        this.measureSteps = new MeasureSteps(demo, court);
        this.disbursements = new DisbursementsApi(demo.services().cases);
    }

    /** The case registered for {@code spec}, registering it when the court has none for its basis document. */
    public ModelCase ensure(CaseSpec spec) {
        UUID id = index().get(spec.basisDocument());
        if (id != null) {
            ModelCase c = get(id);
            demo.note("case", false, c.getCaseNumber() + " " + spec.respondent().name());
            return c;
        }
        RegisterCaseRequest request = body(json, obj("cause", spec.cause(), "basisDocument", spec.basisDocument(),
                "principal", spec.principal(), "costs", spec.costs(),
                "nonMonetaryObligation", spec.nonMonetaryObligation(), "assignedJudge", spec.assignedJudge(),
                "filedOn", spec.filedOn(), "campaignCode", spec.campaignCode(),
                "applicants", List.of(spec.applicant().body()), "respondents", List.of(spec.respondent().body())),
                RegisterCaseRequest.class);
        ModelCase c = call("registerCase", () -> cases.registerCase(request, null, bearer(court.clerk())));
        index().put(spec.basisDocument(), c.getId());
        demo.note("case", true, c.getCaseNumber() + " " + spec.cause() + " " + spec.respondent().name());
        return c;
    }

    /** Every case of the court by basis document, read page by page once. */
    private Map<String, UUID> index() {
        if (idsByBasis == null) {
            idsByBasis = new HashMap<>();
            String token = court.judge();
            List<ModelCase> all = Services.items("listCases", cursor -> () -> cases.listCases(null, cursor, null,
                    null, null, null, 100, null, null, null, "caseNumber", null, bearer(token)),
                    CasePage::getItems, CasePage::getNextCursor);
            for (ModelCase c : all) {
                idsByBasis.put(c.getBasisDocument(), c.getId());
            }
        }
        return idsByBasis;
    }

    public ModelCase get(UUID caseId) {
        return call("getCase", () -> cases.getCase(caseId, bearer(court.judge())));
    }

    /**
     * FILED → IN_ENFORCEMENT (立案 → 执行中) on {@code startedOn}, its day in the story; a case already further along
     * is left as it is.
     */
    public ModelCase startEnforcement(ModelCase c, LocalDate startedOn) {
        if (c.getStatus() != CaseStatus.FILED) {
            return c;
        }
        ModelCase after = transition(c.getId(), new TransitionRequest().action(CaseAction.START_ENFORCEMENT)
                .startedOn(startedOn));
        demo.note("case started", true, after.getCaseNumber());
        return after;
    }

    /**
     * Concludes (结案) the case on {@code concludedOn}, its day in the story (the statistics count the conclusion on
     * it), unless it is concluded already.
     */
    public ModelCase conclude(UUID caseId, String conclusionType, String reason, LocalDate concludedOn) {
        ModelCase c = get(caseId);
        if (c.getStatus() == CaseStatus.CONCLUDED) {
            demo.note("case concluded", false, c.getCaseNumber());
            return c;
        }
        ModelCase after = transition(caseId, new TransitionRequest().action(CaseAction.CONCLUDE)
                .conclusionType(ConclusionType.fromValue(conclusionType)).reason(reason).concludedOn(concludedOn));
        demo.note("case concluded", true, after.getCaseNumber() + " " + conclusionType + " on " + concludedOn);
        return after;
    }

    private ModelCase transition(UUID caseId, TransitionRequest request) {
        String token = court.judge();
        String etag = Services.etag("getCase",
                call("getCase", () -> cases.getCaseWithHttpInfo(caseId, bearer(token))).getHeaders());
        return call("transitionCase", () -> cases.transitionCase(caseId, etag, request, bearer(token)));
    }

    /** The case's first settlement agreement, signed (with an Idempotency-Key) when it has none. */
    public Settlement settlement(UUID caseId, String idempotencyKey, Map<String, Object> pairs) {
        List<Settlement> existing = call("listSettlements",
                () -> settlements.listSettlements(caseId, bearer(court.judge())));
        if (!existing.isEmpty()) {
            demo.note("settlement", false, "case " + caseId + " " + existing.get(0).getStatus());
            return existing.get(0);
        }
        SignSettlementRequest request = body(json, pairs, SignSettlementRequest.class);
        Settlement s = call("signSettlement",
                () -> settlements.signSettlement(caseId, idempotencyKey, request, bearer(court.judge())));
        demo.note("settlement", true, "signed " + request.getSignedOn() + ", total " + request.getTotal());
        return s;
    }

    /** Declares the agreement breached on {@code breachedOn} unless it is breached (or ended) already. */
    public void breach(UUID caseId, UUID settlementId, String reason, LocalDate breachedOn) {
        String token = court.judge();
        ApiResponse<Settlement> current = call("getSettlement",
                () -> settlements.getSettlementWithHttpInfo(caseId, settlementId, bearer(token)));
        Settlement s = current.getData();
        if (s.getStatus() != AgreementStatus.PERFORMING) {
            demo.note("breach", false, "agreement is " + s.getStatus());
            return;
        }
        String etag = Services.etag("getSettlement", current.getHeaders());
        try {
            call("declareSettlementBreach", () -> settlements.declareSettlementBreach(caseId, settlementId, etag,
                    new DeclareBreachRequest().reason(reason).breachedOn(breachedOn), bearer(token)));
        } catch (ApiRefused e) {
            if (e.status() != 409) {
                throw e;
            }
            demo.note("breach", false, "agreement breached by the installment check"); // in between
            return;
        }
        demo.note("breach", true, "agreement declared breached: " + reason);
    }

    /** The measure steps of this court's cases. */
    public MeasureSteps measureSteps() {
        return measureSteps;
    }

    /**
     * Pays {@code amount} out to the case's first applicant: the clerk requests it on {@code requestedOn}, the
     * director approves it, paid out on {@code paidOutOn}. An existing disbursement is reused (and approved if it
     * still waits).
     */
    public Disbursement disburse(UUID caseId, BigDecimal amount, String note, LocalDate requestedOn,
                                 LocalDate paidOutOn) {
        List<Disbursement> existing = call("listDisbursements",
                () -> disbursements.listDisbursements(caseId, bearer(court.judge())));
        Disbursement d = existing.stream().filter(x -> x.getStatus() != DisbursementStatus.REJECTED).findFirst()
                .orElse(null);
        if (d == null && amount.signum() <= 0) {
            demo.say("= disbursement: nothing held for the applicant");
            return null;
        }
        if (d == null) {
            UUID payee = get(caseId).getApplicants().get(0).getId();
            String clerk = court.clerk();
            // One disbursement per case in the demo: its key follows from the case, so a rerun cannot request twice.
            d = call("requestDisbursement", () -> disbursements.requestDisbursement(caseId,
                    "demo-disbursement-" + caseId, new RequestDisbursementRequest().payeeId(payee).amount(amount)
                            .note(note).requestedOn(requestedOn), bearer(clerk)));
            demo.note("disbursement", true, "requested " + amount.setScale(2).toPlainString() + " by "
                    + court.clerkId());
        } else {
            demo.note("disbursement", false, d.getAmount().setScale(2).toPlainString() + " " + d.getStatus());
        }
        if (d.getStatus() == DisbursementStatus.REQUESTED) {
            UUID id = d.getId();
            String director = court.director();
            d = call("decideDisbursement", () -> disbursements.decideDisbursement(caseId, id,
                    new DecideDisbursementRequest().approve(true).note("经审核同意发放案款").paidOutOn(paidOutOn),
                    bearer(director)));
            demo.note("disbursement approved", true, "by " + court.directorId());
        }
        return d;
    }
}
