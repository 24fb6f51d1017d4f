package org.enforcement.commons.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Turns a parameter's example into words of its description ("e.g. 苏0804") and removes it. Swagger UI's "Try it
 * out" fills every parameter that has an example, so a list with nine example filters was sent with all nine (an
 * observer then got 403 name-search-forbidden); a parameter without one starts empty.
 */
public class ParameterExamples implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getParameters() != null) {
            openAPI.getComponents().getParameters().values().forEach(ParameterExamples::describe);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(p -> {
                    describe(p);
                    dropScalarExamples(openAPI, p);
                });
            }
            item.getOperations().values().forEach(op -> {
                if (op.getParameters() != null) {
                    op.getParameters().forEach(p -> {
                        describe(p);
                        dropScalarExamples(openAPI, p);
                    });
                }
            });
        });
    }

    /**
     * A parameter typed by a scalar component (LocalDate, UUID...) would be filled with that component's example:
     * those are SmallRye's placeholders (2022-03-10), not values of ours, so they go.
     */
    private static void dropScalarExamples(OpenAPI openAPI, Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null || schema.getRef() == null || openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schema component = openAPI.getComponents().getSchemas()
                .get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
        if (component != null && component.getProperties() == null && component.getExamples() != null) {
            component.setExamples(null);
        }
    }

    static void describe(Parameter parameter) {
        List<String> values = new ArrayList<>();
        if (parameter.getExample() != null) {
            values.add(String.valueOf(parameter.getExample()));
        }
        if (parameter.getExamples() != null) {
            for (Map.Entry<String, Example> example : parameter.getExamples().entrySet()) {
                if (example.getValue().getValue() != null) {
                    values.add(String.valueOf(example.getValue().getValue()));
                }
            }
        }
        if (parameter.getSchema() != null && parameter.getSchema().getExamples() != null) {
            parameter.getSchema().getExamples().forEach(v -> values.add(String.valueOf(v)));
            parameter.getSchema().setExamples(null);
        }
        if (values.isEmpty()) {
            return;
        }
        parameter.setExample(null);
        parameter.setExamples(null);
        String words = "e.g. " + String.join(", ", values.stream().distinct().map(v -> "`" + v + "`").toList());
        String description = parameter.getDescription();
        parameter.setDescription(description == null || description.isBlank() ? words
                : description.strip() + " (" + words + ")");
    }
}
