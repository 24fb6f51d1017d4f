package org.enforcement.commons.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * The filters every service's contract goes through, in order, registered as the one {@code mp.openapi.filter}
 * (which names a single class): {@link IdempotencyKeyResponses}, then {@link CommonResponses}, then
 * {@link ProblemSchema}. A filter that overrides another {@link OASFilter} method must be forwarded here too.
 */
public class ContractFilters implements OASFilter {

    private final List<OASFilter> filters = List.of(new IdempotencyKeyResponses(), new CommonResponses(),
            new ProblemSchema(), new org.enforcement.commons.events.EventSchemas());

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
    public void filterOpenAPI(OpenAPI openAPI) {
        filters.forEach(filter -> filter.filterOpenAPI(openAPI));
    }
}
