package org.enforcement.operations;


import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.testing.Court;
import org.enforcement.testing.Management;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.testing.ObservabilityCheck;
import org.junit.jupiter.api.Test;

/** Health, metrics, authentication (see {@link ObservabilityCheck}) and operation-service's own error answers. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class ObservabilityTest extends ObservabilityCheck {

    @Override
    protected String protectedPath() {
        return "/api/operations";
    }

    @Test
    void shouldNeverExposeInternalsInErrorBodies() {
        Court court = Court.fresh();
        check(court.director(), r -> r.contentType(ContentType.JSON).body("{\"name\": ").post("/api/operations"), 400);
        check(court.director(), r -> r.contentType(ContentType.JSON).body("{\"date\": \"soon\"}")
                .post("/api/operations"), 400);
        check(court.director(), r -> r.contentType(ContentType.JSON).body("[1]").post("/api/operations"), 400);
        check(court.judge(), r -> r.get("/api/operations/" + UUID.randomUUID()), 404);
        check(court.judge(), r -> r.get("/api/operations/not-a-uuid"), 404);
        check(court.judge(), r -> r.delete("/api/operations"), 405);
        check(court.director(), r -> r.contentType("text/plain").body("x").post("/api/operations"), 415);
        check(court.observer(), r -> r.contentType(ContentType.JSON).body("{}").post("/api/operations"), 403);
        Management.given().get("/q/health/ready").then().statusCode(200);
    }
}
