package org.enforcement.commons.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.enforcement.commons.events.EventSchemas;
import org.enforcement.commons.webhooks.WebhookContract;

/**
 * The filters every service's contract goes through, in the order listed (one a line), registered as the one
 * {@code mp.openapi.filter} (which names a single class). A filter that overrides another {@link OASFilter} method
 * than these three must be forwarded here too.
 */
public class ContractFilters implements OASFilter {

    private final List<OASFilter> filters = List.of(
            new IdempotencyKeyResponses(),
            new CommonResponses(),
            new ProblemSchema(),
            new ProblemExamples(),
            new ParameterExamples(),
            new SchemaBounds(),
            new ExactResponseSchemas(),
            new TypedParameterDefaults(),
            new EventSchemas(),
            new WebhookContract(),
            new ApiServers());

    @Override
    public Operation filterOperation(Operation operation) {
        Operation filtered = operation;
        for (OASFilter filter : filters) {
            filtered = filter.filterOperation(filtered);
            if (filtered == null) {
                return null;
            }
        }
        return filtered;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        Parameter filtered = parameter;
        for (OASFilter filter : filters) {
            filtered = filter.filterParameter(filtered);
            if (filtered == null) {
                return null;
            }
        }
        return filtered;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        filters.forEach(filter -> filter.filterOpenAPI(openAPI));
    }
}
