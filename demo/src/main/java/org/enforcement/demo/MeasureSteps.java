package org.enforcement.demo;

import static org.enforcement.demo.Services.bearer;
import static org.enforcement.demo.Services.body;
import static org.enforcement.demo.Services.call;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.enforcement.client.cases.api.MeasuresApi;
import org.enforcement.client.cases.invoker.JSON;
import org.enforcement.client.cases.model.DecideMeasureRequest;
import org.enforcement.client.cases.model.Measure;
import org.enforcement.client.cases.model.MeasureResultRequest;
import org.enforcement.client.cases.model.MeasureStatus;
import org.enforcement.client.cases.model.MeasureType;
import org.enforcement.client.cases.model.OrderMeasureRequest;

/**
 * The measure steps of {@link CaseSteps}: a measure ordered once (found again by what it is), approved by the
 * director where a judge's order needs it, and its outcome recorded once.
 */
public final class MeasureSteps {

    private final Demo demo;
    private final Court court;
    private final ObjectMapper json;
    private final MeasuresApi measures;

    MeasureSteps(Demo demo, Court court) {
        this.demo = demo;
        this.court = court;
        this.json = demo.services().cases.getObjectMapper();
        this.measures = new MeasuresApi(demo.services().cases);
    }

    public List<Measure> measures(UUID caseId) {
        return call("listMeasures", () -> measures.listMeasures(caseId, bearer(court.judge())));
    }

    /** The case's first measure matching {@code existing}, else a new one ordered by {@code token}. */
    public Measure measure(UUID caseId, Predicate<Measure> existing, String token, String idempotencyKey,
                           Map<String, Object> pairs) {
        for (Measure m : measures(caseId)) {
            if (existing.test(m)) {
                demo.note("measure", false, m.getType() + " " + m.getStatus());
                return m;
            }
        }
        OrderMeasureRequest request = order(pairs);
        Measure m = call("orderMeasure",
                () -> measures.orderMeasure(caseId, idempotencyKey, request, bearer(token)));
        demo.note("measure", true, m.getType() + " " + m.getStatus());
        return m;
    }

    /**
     * The typed order the pairs' {@code type} names, converted straight to that order: the oneOf wrapper would read
     * the pairs as a JSON tree first, and a tree rounds an amount like 294000.00 to 2.94E+5 (which case-service
     * refuses).
     */
    private OrderMeasureRequest order(Map<String, Object> pairs) {
        OrderMeasureRequest request = new OrderMeasureRequest(); // registers the type → order mapping
        Class<?> typed = JSON.getClassForElement(json.valueToTree(Map.of("type", pairs.get("type"))),
                OrderMeasureRequest.class);
        request.setActualInstance(body(json, pairs, typed));
        return request;
    }

    public static Predicate<Measure> ofType(String type) {
        return m -> MeasureType.fromValue(type) == m.getType();
    }

    /** The director's decision of {@code decidedOn} on a measure awaiting approval (a judge ordered it: maker-checker). */
    public Measure approve(UUID caseId, Measure measure, String note, LocalDate decidedOn) {
        if (measure.getStatus() != MeasureStatus.PENDING_APPROVAL) {
            return measure;
        }
        String token = court.director();
        String etag = etag(caseId, measure.getId(), token);
        Measure m = call("decideMeasure", () -> measures.decideMeasure(caseId, measure.getId(), etag,
                new DecideMeasureRequest().approve(true).note(note).decidedOn(decidedOn), bearer(token)));
        demo.note("measure approved", true, m.getType() + " by " + court.directorId());
        return m;
    }

    /** Records the outcome of an ORDERED measure; a measure with an outcome already is left alone. */
    public Measure result(UUID caseId, Measure measure, String token, Map<String, Object> pairs) {
        if (measure.getStatus() != MeasureStatus.ORDERED) {
            demo.note("measure result", false, measure.getType() + " " + measure.getStatus());
            return measure;
        }
        String etag = etag(caseId, measure.getId(), token);
        MeasureResultRequest request = body(json, pairs, MeasureResultRequest.class);
        Measure m = call("recordMeasureResult", () -> measures.recordMeasureResult(caseId, measure.getId(), etag,
                request, bearer(token)));
        demo.note("measure result", true, m.getType() + " " + m.getStatus());
        return m;
    }

    private String etag(UUID caseId, UUID measureId, String token) {
        return Services.etag("getMeasure", call("getMeasure",
                () -> measures.getMeasureWithHttpInfo(caseId, measureId, bearer(token))).getHeaders());
    }
}
