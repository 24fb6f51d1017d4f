package org.enforcement.commons.openapi;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * A typed query parameter's {@code @DefaultValue("20")} reaches the contract as the text "20"; a generated client
 * or a validator reading {@code type: integer, default: "20"} would see a default of the wrong type. This states it
 * as the number it is.
 */
public class TypedParameterDefaults implements OASFilter {

    @Override
    public Parameter filterParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null || !(schema.getDefaultValue() instanceof String text)) {
            return parameter;
        }
        List<Schema.SchemaType> types = schema.getType();
        if (types == null) {
            return parameter;
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            schema.setDefaultValue(new BigDecimal(text).toBigIntegerExact());
        } else if (types.contains(Schema.SchemaType.NUMBER)) {
            schema.setDefaultValue(new BigDecimal(text));
        }
        return parameter;
    }
}
