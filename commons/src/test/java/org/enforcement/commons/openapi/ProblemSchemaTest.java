package org.enforcement.commons.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.enforcement.commons.problem.ProblemMembers;
import org.junit.jupiter.api.Test;

class ProblemSchemaTest {

    @Test
    void shouldDeclareEveryMemberAndAllowMore() {
        Schema problem = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("type", OASFactory.createSchema().addType(SchemaType.STRING));
        OpenAPI openAPI = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().addSchema("Problem", problem));

        new ProblemSchema().filterOpenAPI(openAPI);

        assertThat(problem.getAdditionalPropertiesBoolean()).isTrue();
        assertThat(problem.getProperties()).hasSize(1 + ProblemMembers.ALL.size());
        ProblemMembers.ALL.forEach(m -> assertThat(problem.getProperties().get(m.name()).getDescription())
                .isEqualTo(m.description()));
        assertThat(problem.getProperties().get("outstanding").getType()).containsExactly(SchemaType.NUMBER);
        assertThat(problem.getProperties().get("reference").getFormat()).isEqualTo("uuid");
        assertThat(problem.getProperties().get("platforms").getItems().getType()).containsExactly(SchemaType.STRING);
    }

    @Test
    void shouldLeaveAContractWithoutProblemAlone() {
        OpenAPI openAPI = OASFactory.createOpenAPI().components(OASFactory.createComponents());
        new ProblemSchema().filterOpenAPI(openAPI);
        assertThat(openAPI.getComponents().getSchemas()).isNullOrEmpty();
    }
}
