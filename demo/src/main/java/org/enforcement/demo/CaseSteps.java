package org.enforcement.demo;

import static org.enforcement.demo.Json.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

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
    private Map<String, String> idsByBasis;

    public CaseSteps(Demo demo, Court court) {
        this.demo = demo;
        this.court = court;
    }

    private Api api() {
        return demo.cases();
    }

    /** The case registered for {@code spec}, registering it when the court has none for its basis document. */
    public JsonNode ensure(CaseSpec spec) {
        String id = index().get(spec.basisDocument());
        if (id != null) {
            JsonNode c = get(id);
            demo.note("case", false, c.path("caseNumber").asText() + " " + spec.respondent().name());
            return c;
        }
        Map<String, Object> body = obj("cause", spec.cause(), "basisDocument", spec.basisDocument(),
                "principal", spec.principal(), "costs", spec.costs(),
                "nonMonetaryObligation", spec.nonMonetaryObligation(), "assignedJudge", spec.assignedJudge(),
                "filedOn", spec.filedOn(), "campaignCode", spec.campaignCode(),
                "applicants", List.of(spec.applicant().body()), "respondents", List.of(spec.respondent().body()));
        JsonNode c = api().post(court.clerk(), "/api/cases", body).expect(201);
        index().put(spec.basisDocument(), c.path("id").asText());
        demo.note("case", true, c.path("caseNumber").asText() + " " + spec.cause() + " "
                + spec.respondent().name());
        return c;
    }

    /** Every case of the court by basis document, read page by page once. */
    private Map<String, String> index() {
        if (idsByBasis == null) {
            idsByBasis = new HashMap<>();
            for (JsonNode c : api().items(court.judge(), "/api/cases?limit=100&sort=caseNumber")) {
                idsByBasis.put(c.path("basisDocument").asText(), c.path("id").asText());
            }
        }
        return idsByBasis;
    }

    public JsonNode get(String caseId) {
        return api().get(court.judge(), "/api/cases/" + caseId).expect(200);
    }

    /**
     * FILED → IN_ENFORCEMENT (立案 → 执行中) on {@code startedOn}, its day in the story; a case already further along
     * is left as it is.
     */
    public JsonNode startEnforcement(JsonNode c, LocalDate startedOn) {
        if (!"FILED".equals(c.path("status").asText())) {
            return c;
        }
        JsonNode after = transition(c.path("id").asText(), obj("action", "START_ENFORCEMENT",
                "startedOn", startedOn.toString()));
        demo.note("case started", true, after.path("caseNumber").asText());
        return after;
    }

    /**
     * Concludes (结案) the case on {@code concludedOn}, its day in the story (the statistics count the conclusion on
     * it), unless it is concluded already.
     */
    public JsonNode conclude(String caseId, String conclusionType, String reason, LocalDate concludedOn) {
        JsonNode c = get(caseId);
        if ("CONCLUDED".equals(c.path("status").asText())) {
            demo.note("case concluded", false, c.path("caseNumber").asText());
            return c;
        }
        JsonNode after = transition(caseId, obj("action", "CONCLUDE", "conclusionType", conclusionType,
                "reason", reason, "concludedOn", concludedOn.toString()));
        demo.note("case concluded", true, after.path("caseNumber").asText() + " " + conclusionType + " on "
                + concludedOn);
        return after;
    }

    private JsonNode transition(String caseId, Map<String, Object> body) {
        Reply current = api().get(court.judge(), "/api/cases/" + caseId);
        current.expect(200);
        String etag = current.etag();
        return api().post(court.judge(), "/api/cases/" + caseId + "/transitions", body, "If-Match", etag)
                .expect(200);
    }

    /** The case's first settlement agreement, signed (with an Idempotency-Key) when it has none. */
    public JsonNode settlement(String caseId, String idempotencyKey, Map<String, Object> body) {
        List<JsonNode> existing = Json.items(api().get(court.judge(), "/api/cases/" + caseId + "/settlements")
                .expect(200));
        if (!existing.isEmpty()) {
            demo.note("settlement", false, "case " + caseId + " " + existing.get(0).path("status").asText());
            return existing.get(0);
        }
        JsonNode s = api().post(court.judge(), "/api/cases/" + caseId + "/settlements", body,
                "Idempotency-Key", idempotencyKey).expect(201);
        demo.note("settlement", true, "signed " + body.get("signedOn") + ", total " + body.get("total"));
        return s;
    }

    /** Declares the agreement breached on {@code breachedOn} unless it is breached (or ended) already. */
    public void breach(String caseId, String settlementId, String reason, LocalDate breachedOn) {
        String path = "/api/cases/" + caseId + "/settlements/" + settlementId;
        Reply current = api().get(court.judge(), path);
        JsonNode s = current.expect(200);
        if (!"PERFORMING".equals(s.path("status").asText())) {
            demo.note("breach", false, "agreement is " + s.path("status").asText());
            return;
        }
        Reply r = api().post(court.judge(), path + "/breach", obj("reason", reason, "breachedOn",
                breachedOn.toString()), "If-Match", current.etag());
        if (r.is(409)) { // the installment check marked it breached in between
            demo.note("breach", false, "agreement breached by the installment check");
            return;
        }
        r.expect(200);
        demo.note("breach", true, "agreement declared breached: " + reason);
    }

    public List<JsonNode> measures(String caseId) {
        return Json.items(api().get(court.judge(), "/api/cases/" + caseId + "/measures").expect(200));
    }

    /** The case's first measure matching {@code existing}, else a new one ordered by {@code token}. */
    public JsonNode measure(String caseId, Predicate<JsonNode> existing, String token, String idempotencyKey,
                            Map<String, Object> body) {
        for (JsonNode m : measures(caseId)) {
            if (existing.test(m)) {
                demo.note("measure", false, m.path("type").asText() + " " + m.path("status").asText());
                return m;
            }
        }
        JsonNode m = api().post(token, "/api/cases/" + caseId + "/measures", body, "Idempotency-Key",
                idempotencyKey).expect(201);
        demo.note("measure", true, m.path("type").asText() + " " + m.path("status").asText());
        return m;
    }

    public static Predicate<JsonNode> ofType(String type) {
        return m -> type.equals(m.path("type").asText());
    }

    /** The director's decision of {@code decidedOn} on a measure awaiting approval (a judge ordered it: maker-checker). */
    public JsonNode approve(String caseId, JsonNode measure, String note, LocalDate decidedOn) {
        if (!"PENDING_APPROVAL".equals(measure.path("status").asText())) {
            return measure;
        }
        String path = "/api/cases/" + caseId + "/measures/" + measure.path("id").asText();
        String etag = api().get(court.director(), path).etag();
        JsonNode m = api().post(court.director(), path + "/decision", obj("approve", true, "note", note,
                "decidedOn", decidedOn.toString()), "If-Match", etag).expect(200);
        demo.note("measure approved", true, m.path("type").asText() + " by " + court.directorId());
        return m;
    }

    /** Records the outcome of an ORDERED measure; a measure with an outcome already is left alone. */
    public JsonNode result(String caseId, JsonNode measure, String token, Map<String, Object> body) {
        if (!"ORDERED".equals(measure.path("status").asText())) {
            demo.note("measure result", false, measure.path("type").asText() + " " + measure.path("status").asText());
            return measure;
        }
        String path = "/api/cases/" + caseId + "/measures/" + measure.path("id").asText();
        String etag = api().get(token, path).etag();
        JsonNode m = api().post(token, path + "/result", body, "If-Match", etag).expect(200);
        demo.note("measure result", true, m.path("type").asText() + " " + m.path("status").asText());
        return m;
    }

    /**
     * Pays {@code amount} out to the case's first applicant: the clerk requests it on {@code requestedOn}, the
     * director approves it, paid out on {@code paidOutOn}. An existing disbursement is reused (and approved if it
     * still waits).
     */
    public JsonNode disburse(String caseId, BigDecimal amount, String note, LocalDate requestedOn,
                             LocalDate paidOutOn) {
        String path = "/api/cases/" + caseId + "/disbursements";
        List<JsonNode> existing = Json.items(api().get(court.judge(), path).expect(200));
        JsonNode d = existing.stream().filter(x -> !"REJECTED".equals(x.path("status").asText())).findFirst()
                .orElse(null);
        if (d == null && amount.signum() <= 0) {
            demo.say("= disbursement: nothing held for the applicant");
            return null;
        }
        if (d == null) {
            String payee = get(caseId).path("applicants").path(0).path("id").asText();
            // One disbursement per case in the demo: its key follows from the case, so a rerun cannot request twice.
            d = api().post(court.clerk(), path, obj("payeeId", payee, "amount", amount, "note", note,
                    "requestedOn", requestedOn.toString()), "Idempotency-Key", "demo-disbursement-" + caseId).expect(201);
            demo.note("disbursement", true, "requested " + amount.setScale(2).toPlainString() + " by " + court.clerkId());
        } else {
            // The demo's JSON trees normalise decimals (291200.00 becomes 2.912E+5): print yuan and fen plainly.
            demo.note("disbursement", false, Json.decimal(d.path("amount")).setScale(2).toPlainString() + " "
                    + d.path("status").asText());
        }
        if ("REQUESTED".equals(d.path("status").asText())) {
            d = api().post(court.director(), path + "/" + d.path("id").asText() + "/decision",
                    obj("approve", true, "note", "经审核同意发放案款", "paidOutOn", paidOutOn.toString())).expect(200);
            demo.note("disbursement approved", true, "by " + court.directorId());
        }
        return d;
    }
}
