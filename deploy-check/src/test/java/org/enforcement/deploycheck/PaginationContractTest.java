package org.enforcement.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * One paging envelope for every list of the three contracts: an operation that takes a {@code limit} also takes a
 * {@code cursor} and answers {@code {items, nextCursor, hasMore, limit}} (a string cursor, passed back as
 * {@code cursor}); none pages by another name ({@code after}, {@code offset}, {@code page}) except the feed's
 * deprecated {@code after}, kept for integrators who built on it.
 */
class PaginationContractTest {

    private static final Set<String> ENVELOPE = Set.of("items", "nextCursor", "hasMore", "limit");
    private static final Set<String> OTHER_PAGING = Set.of("after", "offset", "page", "pageSize", "size");

    @Test
    void shouldPageEveryListTheSameWay() {
        List<String> findings = new ArrayList<>();
        int paged = 0;
        for (String contract : SpectralTest.CONTRACTS) {
            JsonNode doc = Repo.yaml(Repo.path(contract));
            for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                JsonNode get = path.getValue().path("get");
                if (get.isMissingNode()) {
                    continue;
                }
                String where = contract.substring(0, contract.indexOf('/')) + " GET " + path.getKey();
                Set<String> query = new TreeSet<>();
                for (JsonNode parameter : get.path("parameters")) {
                    if ("query".equals(parameter.path("in").asText())) {
                        String name = parameter.path("name").asText();
                        query.add(name);
                        boolean deprecatedFeedAlias = "after".equals(name) && path.getKey().equals("/events")
                                && parameter.path("deprecated").asBoolean();
                        if (OTHER_PAGING.contains(name) && !deprecatedFeedAlias) {
                            findings.add(where + " pages by `" + name + "`");
                        }
                    }
                }
                if (!query.contains("limit")) {
                    continue;
                }
                paged++;
                if (!query.contains("cursor")) {
                    findings.add(where + " takes a limit but no cursor");
                }
                JsonNode schema = resolve(doc, get.path("responses").path("200").path("content")
                        .path("application/json").path("schema"));
                Set<String> members = new TreeSet<>();
                schema.path("properties").fieldNames().forEachRemaining(members::add);
                if (!members.containsAll(ENVELOPE)) {
                    findings.add(where + " answers " + members + ", not the paging envelope " + ENVELOPE);
                    continue;
                }
                JsonNode properties = schema.path("properties");
                if (!"array".equals(properties.path("items").path("type").asText())) {
                    findings.add(where + ": items is not an array");
                }
                if (!properties.path("nextCursor").path("type").toString().contains("string")) {
                    findings.add(where + ": nextCursor is not a string");
                }
                if (!"boolean".equals(properties.path("hasMore").path("type").asText())) {
                    findings.add(where + ": hasMore is not a boolean");
                }
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                if (!required.containsAll(ENVELOPE)) {
                    findings.add(where + ": not every envelope member is required: " + required);
                }
            }
        }
        assertThat(findings).as("lists paged another way").isEmpty();
        // cases, operations, questions, FAQ (staff and public), dead letters, the three feeds, audit, delivery logs
        assertThat(paged).as("paged lists found").isGreaterThanOrEqualTo(13);
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        String ref = schema.path("$ref").asText();
        if (ref.isEmpty()) {
            return schema;
        }
        return doc.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }
}
