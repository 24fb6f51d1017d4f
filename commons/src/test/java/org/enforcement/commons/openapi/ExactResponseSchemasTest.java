package org.enforcement.commons.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

/** Answers' schemas say which members always arrive and which may be null, in one form. */
class ExactResponseSchemasTest {

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }

    private static OpenAPI answering(Schema answer, Schema request) {
        return OASFactory.createOpenAPI().components(OASFactory.createComponents()).paths(OASFactory.createPaths()
                .addPathItem("/things", OASFactory.createPathItem().GET(OASFactory.createOperation()
                        .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()
                                .content(OASFactory.createContent().addMediaType("application/json",
                                        OASFactory.createMediaType().schema(answer))))))
                        .POST(OASFactory.createOperation().requestBody(OASFactory.createRequestBody()
                                .content(OASFactory.createContent().addMediaType("application/json",
                                        OASFactory.createMediaType().schema(request)))))));
    }

    @Test
    void shouldRequireEveryMemberOfAnswersOnlyAndWriteNullableReferencesWithoutASiblingType() {
        Schema thing = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("id", OASFactory.createSchema().addType(SchemaType.STRING))
                .addProperty("withdrawal", OASFactory.createSchema().addType(SchemaType.OBJECT)
                        .anyOf(List.of(ref("Withdrawal"), OASFactory.createSchema().addType(SchemaType.NULL))));
        thing.setRequired(List.of("id"));
        Schema page = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("items", OASFactory.createSchema().addType(SchemaType.ARRAY).items(ref("Thing")));
        Schema order = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("note", OASFactory.createSchema().addType(SchemaType.STRING));
        OpenAPI openAPI = answering(ref("ThingPage"), ref("Order"));
        openAPI.getComponents().addSchema("Thing", thing).addSchema("ThingPage", page).addSchema("Order", order)
                .addSchema("Withdrawal", OASFactory.createSchema().addType(SchemaType.OBJECT)
                        .addProperty("reason", OASFactory.createSchema().addType(SchemaType.STRING)));

        new ExactResponseSchemas().filterOpenAPI(openAPI);

        assertThat(page.getRequired()).containsExactly("items");
        assertThat(openAPI.getComponents().getSchemas().get("Withdrawal").getRequired()).containsExactly("reason");
        assertThat(order.getRequired()).as("a request's optional members stay optional").isNull();
        assertThat(thing.getProperties().get("withdrawal").getType()).isNull();
        assertThat(thing.getRequired()).as("a schema naming its required members keeps them").containsExactly("id");
    }
}
