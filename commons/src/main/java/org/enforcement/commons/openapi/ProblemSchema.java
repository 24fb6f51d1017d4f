package org.enforcement.commons.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.enforcement.commons.problem.ProblemMembers;

/**
 * Declares on {@code components/schemas/Problem} every problem-specific member of {@link ProblemMembers} as an
 * optional property, and {@code additionalProperties: true}, so a generated client neither refuses nor drops them
 * and a member added later does not break a strict one.
 */
public class ProblemSchema implements OASFilter {

    static final String PROBLEM = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schema problem = openAPI.getComponents().getSchemas().get(PROBLEM);
        if (problem == null) {
            return;
        }
        Map<String, Schema> declared = problem.getProperties();
        for (ProblemMembers.Member member : ProblemMembers.ALL) {
            if (declared == null || !declared.containsKey(member.name())) {
                problem.addProperty(member.name(), schemaOf(member.type()).description(member.description()));
            }
        }
        problem.setAdditionalPropertiesBoolean(Boolean.TRUE);
    }

    static Schema schemaOf(ProblemMembers.Type type) {
        return switch (type) {
            case STRING -> OASFactory.createSchema().addType(SchemaType.STRING);
            case DATE_TIME -> OASFactory.createSchema().addType(SchemaType.STRING).format("date-time");
            case UUID -> OASFactory.createSchema().addType(SchemaType.STRING).format("uuid");
            case INTEGER -> OASFactory.createSchema().addType(SchemaType.INTEGER).format("int64");
            case MONEY -> OASFactory.createSchema().addType(SchemaType.NUMBER);
            case STRINGS -> OASFactory.createSchema().addType(SchemaType.ARRAY)
                    .items(OASFactory.createSchema().addType(SchemaType.STRING));
            case OBJECTS -> OASFactory.createSchema().addType(SchemaType.ARRAY)
                    .items(OASFactory.createSchema().addType(SchemaType.OBJECT).additionalPropertiesBoolean(true));
        };
    }
}
