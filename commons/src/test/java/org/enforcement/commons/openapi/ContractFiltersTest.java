package org.enforcement.commons.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.enforcement.commons.idempotency.IdempotencyKeys;
import org.enforcement.commons.problem.Problem;
import org.junit.jupiter.api.Test;

/** The filters that make the contracts pass Spectral and show well in Swagger UI, on small documents. */
class ContractFiltersTest {

    @Test
    void shouldAnchorPatternsAsBeanValidationMatchesWholeValues() {
        assertThat(SchemaBounds.anchored("[0-9A-Za-z-]*")).isEqualTo("^[0-9A-Za-z-]*$");
        assertThat(SchemaBounds.anchored("ASSEMBLY|[0-9]{2}")).isEqualTo("^(?:ASSEMBLY|[0-9]{2})$");
        assertThat(SchemaBounds.anchored("^a$")).isEqualTo("^a$");
        assertThat(SchemaBounds.anchored("\\S")).isEqualTo("\\S");
        // Anchored, the alternation accepts what Java's matches() accepts, and nothing more.
        Pattern anchored = Pattern.compile(SchemaBounds.anchored("ASSEMBLY|[0-9]{2}"));
        assertThat(anchored.matcher("ASSEMBLY").find()).isTrue();
        assertThat(anchored.matcher("12").find()).isTrue();
        assertThat(anchored.matcher("ASSEMBLY-1").find()).isFalse();
        assertThat(anchored.matcher("123").find()).isFalse();
    }

    @Test
    void shouldBoundFormattedStringsAndTheHeadersTheServicesLimit() {
        Schema uuid = OASFactory.createSchema().addType(SchemaType.STRING).format("uuid").pattern("[0-9a-f-]{36}");
        Schema date = OASFactory.createSchema().addType(SchemaType.STRING).format("date");
        Schema free = OASFactory.createSchema().addType(SchemaType.STRING);
        Parameter key = OASFactory.createParameter().name(IdempotencyKeys.HEADER).in(Parameter.In.HEADER)
                .schema(OASFactory.createSchema().addType(SchemaType.STRING));
        Parameter ifMatch = OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER)
                .schema(OASFactory.createSchema().addType(SchemaType.STRING));
        OpenAPI openAPI = document(OASFactory.createOperation().addParameter(key).addParameter(ifMatch));
        openAPI.getComponents().addSchema("UUID", uuid).addSchema("LocalDate", date).addSchema("Free", free);

        new SchemaBounds().filterOpenAPI(openAPI);

        assertThat(uuid.getMaxLength()).isEqualTo(36);
        assertThat(uuid.getPattern()).isEqualTo("^[0-9a-f-]{36}$");
        assertThat(date.getMaxLength()).isEqualTo(10);
        assertThat(free.getMaxLength()).as("no bound is invented for a free string").isNull();
        assertThat(key.getSchema().getMaxLength()).isEqualTo(IdempotencyKeys.MAX_KEY_LENGTH);
        assertThat(ifMatch.getSchema().getMaxLength()).isEqualTo(SchemaBounds.MAX_HEADER_BYTES);
    }

    @Test
    void shouldTurnParameterExamplesIntoWordsSoTryItOutStartsEmpty() {
        Parameter court = OASFactory.createParameter().name("court").in(Parameter.In.QUERY)
                .description("Court code").example("苏0804")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING));
        Parameter day = OASFactory.createParameter().name("from").in(Parameter.In.QUERY)
                .schema(OASFactory.createSchema().ref("#/components/schemas/LocalDate"));
        Schema localDate = OASFactory.createSchema().addType(SchemaType.STRING).format("date")
                .addExample("2022-03-10");
        OpenAPI openAPI = document(OASFactory.createOperation().addParameter(court).addParameter(day));
        openAPI.getComponents().addSchema("LocalDate", localDate);

        new ParameterExamples().filterOpenAPI(openAPI);

        assertThat(court.getExample()).isNull();
        assertThat(court.getExamples()).isNullOrEmpty();
        assertThat(court.getDescription()).isEqualTo("Court code (e.g. `苏0804`)");
        assertThat(localDate.getExamples()).as("SmallRye's placeholder date would fill the filter").isNullOrEmpty();
    }

    @Test
    void shouldNameOnlyTheRelativeServerWithItsAudience() {
        OpenAPI openAPI = document(OASFactory.createOperation());
        openAPI.addServer(OASFactory.createServer().url("http://localhost:8081"));

        new ApiServers().filterOpenAPI(openAPI);

        assertThat(openAPI.getServers()).hasSize(1);
        assertThat(openAPI.getServers().get(0).getUrl()).isEqualTo("/");
        assertThat(openAPI.getServers().get(0).getExtensions()).containsEntry("x-internal", false);
        assertThat(openAPI.getServers().get(0).getDescription()).contains("local", "production");
    }

    @Test
    void shouldGiveEachProblemResponseAnExampleOfItsOwnStatus() {
        Operation get = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("401", problemResponse()).addAPIResponse("403", problemResponse())
                .addAPIResponse("404", problemResponse()).addAPIResponse("409", problemResponse()));
        OpenAPI openAPI = OASFactory.createOpenAPI().info(OASFactory.createInfo().title("stats-service API"))
                .components(OASFactory.createComponents())
                .paths(OASFactory.createPaths().addPathItem("/api/campaigns/{code}/publication",
                        OASFactory.createPathItem().POST(get)));

        new ProblemExamples().filterOpenAPI(openAPI);

        assertThat(example(get, "401")).containsEntry("type", "/problems/unauthenticated").containsEntry("status", 401)
                .containsEntry("instance", "/api/campaigns/陇原风暴/publication");
        assertThat(example(get, "403")).containsEntry("type", "/problems/forbidden").containsEntry("status", 403);
        assertThat(example(get, "404")).containsEntry("type", "/problems/campaign-not-found")
                .containsEntry("status", 404);
        assertThat(example(get, "409")).containsEntry("type", "/problems/campaign-not-published")
                .containsEntry("status", 409);
    }

    @Test
    void shouldSayMustNotBeNullOnlyOfARequiredBodyField() {
        Operation required = bodyOperation("Payment", OASFactory.createSchema().addProperty("amount",
                OASFactory.createSchema().addType(SchemaType.STRING)).addRequired("amount"));
        Operation optional = bodyOperation("Plan", OASFactory.createSchema().addProperty("serviceMinutes",
                OASFactory.createSchema().addType(SchemaType.INTEGER)));
        OpenAPI openAPI = OASFactory.createOpenAPI().info(OASFactory.createInfo().title("operation-service API"))
                .components(OASFactory.createComponents())
                .paths(OASFactory.createPaths()
                        .addPathItem("/api/payments", OASFactory.createPathItem().POST(required))
                        .addPathItem("/api/plans", OASFactory.createPathItem().POST(optional)));
        openAPI.getComponents().addSchema("Payment", required.getRequestBody().getContent()
                .getMediaType("application/json").getSchema());
        openAPI.getComponents().addSchema("Plan", optional.getRequestBody().getContent()
                .getMediaType("application/json").getSchema());
        required.getRequestBody().getContent().getMediaType("application/json")
                .setSchema(OASFactory.createSchema().ref("#/components/schemas/Payment"));
        optional.getRequestBody().getContent().getMediaType("application/json")
                .setSchema(OASFactory.createSchema().ref("#/components/schemas/Plan"));

        new ProblemExamples().filterOpenAPI(openAPI);

        assertThat(example(required, "400")).containsEntry("detail", "amount: must not be null");
        assertThat(example(optional, "400")).as("an optional field's example must not claim it is required")
                .containsEntry("detail", "serviceMinutes: is not valid");
    }

    private static Operation bodyOperation(String name, Schema schema) {
        return OASFactory.createOperation()
                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType().schema(schema))))
                .responses(OASFactory.createAPIResponses().addAPIResponse("400", problemResponse()));
    }

    @Test
    void shouldLeaveOutCommonResponsesNoOperationUses() {
        Operation own401 = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("ok"))
                .addAPIResponse("401", problemResponse()));
        OpenAPI openAPI = document(own401);
        openAPI.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer"));

        new CommonResponses().filterOpenAPI(openAPI);

        assertThat(openAPI.getComponents().getResponses()).doesNotContainKey("Unauthenticated")
                .doesNotContainKey("ConcurrentChange").containsKeys("BadRequest", "TooManyRequests");
        assertThat(openAPI.getComponents().getHeaders().get(CommonResponses.RETRY_AFTER).getSchema().getFormat())
                .isEqualTo("int32");
    }

    private static OpenAPI document(Operation get) {
        if (get.getResponses() == null) {
            get.setResponses(OASFactory.createAPIResponses());
        }
        return OASFactory.createOpenAPI().info(OASFactory.createInfo().title("case-service API"))
                .components(OASFactory.createComponents())
                .paths(OASFactory.createPaths().addPathItem("/api/cases", OASFactory.createPathItem().GET(get)));
    }

    private static APIResponse problemResponse() {
        return OASFactory.createAPIResponse().description("problem").content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> example(Operation operation, String status) {
        return (Map<String, Object>) operation.getResponses().getAPIResponse(status).getContent()
                .getMediaType(Problem.MEDIA_TYPE).getExample();
    }
}
