package org.enforcement.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** Valid-looking requests from the contract: real ids, a token of an allowed role, values from the schemas. */
final class FuzzRequests {

    private final Contract contract;
    private final Map<String, List<String>> ids;
    private final Map<String, String> tokens;
    private final FuzzSender sender;

    FuzzRequests(Contract contract, Map<String, List<String>> ids, Map<String, String> tokens, FuzzSender sender) {
        this.contract = contract;
        this.ids = ids;
        this.tokens = tokens;
        this.sender = sender;
    }

    FuzzRequest valid(Contract.Operation operation, SchemaValues values, Random random) {
        FuzzRequest request = new FuzzRequest(operation);
        for (Contract.Parameter p : operation.in("path")) {
            request.path.put(p.name(), FuzzRequest.encode(parameterValue(p, values, random)));
        }
        for (Contract.Parameter p : operation.in("query")) {
            if (p.required() || random.nextInt(4) == 0) {
                request.query.add(new String[] {FuzzRequest.encode(p.name()),
                        FuzzRequest.encode(parameterValue(p, values, random))});
            }
        }
        List<String> allowed = allowedRoles(operation);
        if (operation.secured() && !allowed.isEmpty()) {
            request.role = allowed.get(random.nextInt(allowed.size()));
            request.setHeader("Authorization", "Bearer " + tokens.get(request.role));
        }
        if (!operation.produces().isEmpty() && random.nextBoolean()) {
            List<String> produces = new ArrayList<>(operation.produces());
            request.setHeader("Accept", produces.get(random.nextInt(produces.size())));
        }
        for (Contract.Parameter p : operation.in("header")) {
            if (p.name().equalsIgnoreCase("If-Match")) {
                request.setHeader("If-Match", etag(request));
            } else if (p.name().equalsIgnoreCase("Idempotency-Key")) {
                request.setHeader(p.name(), new UUID(random.nextLong(), random.nextLong()).toString());
            } else if (p.required() || random.nextBoolean()) {
                request.setHeader(p.name(), parameterValue(p, values, random));
            }
        }
        if (operation.bodyType() != null) {
            request.setHeader("Content-Type", operation.bodyType());
            if (!operation.bodyExamples().isEmpty() && random.nextInt(4) == 0) {
                request.json = operation.bodyExamples().get(random.nextInt(operation.bodyExamples().size()))
                        .deepCopy();
                collectLeaves(request, operation.bodySchema(), "", request.json);
            } else {
                request.json = values.value(operation.bodySchema(), null, "", request.leaves, 0);
            }
        }
        return request;
    }

    /** Leaves of a contract example, matched to the schema so mutations know their types. */
    private void collectLeaves(FuzzRequest request, JsonNode schema, String pointer, JsonNode node) {
        JsonNode s = contract.resolve(schema);
        request.leaves.add(new SchemaValues.Leaf(pointer, s));
        if (node.isObject()) {
            node.properties().forEach(e -> collectLeaves(request, s.path("properties").path(e.getKey()),
                    pointer + "/" + e.getKey(), e.getValue()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectLeaves(request, s.path("items"), pointer + "/" + i, node.get(i));
            }
        }
    }

    private String parameterValue(Contract.Parameter p, SchemaValues values, Random random) {
        List<String> real = ids.get(p.name());
        if (real != null && !real.isEmpty() && random.nextInt(10) < 9) {
            return real.get(random.nextInt(real.size()));
        }
        if (p.example() != null && random.nextInt(10) < 7) {
            return p.example().asText();
        }
        return values.text(p.schema(), p.name());
    }

    List<String> allowedRoles(Contract.Operation operation) {
        if (operation.roles().isEmpty()) {
            return new ArrayList<>(tokens.keySet());
        }
        return operation.roles().stream().filter(tokens::containsKey).toList();
    }

    /** The current ETag of the resource the operation changes: its longest path prefix that can be read. */
    private String etag(FuzzRequest request) {
        Contract.Operation best = null;
        for (Contract.Operation o : contract.operations()) {
            if (o.method().equals("GET") && o.etag() && request.operation.path().startsWith(o.path())
                    && (best == null || o.path().length() > best.path().length())) {
                best = o;
            }
        }
        if (best == null) {
            return "\"0\"";
        }
        FuzzRequest read = new FuzzRequest(best);
        best.in("path").forEach(p -> read.path.put(p.name(), request.path.getOrDefault(p.name(), "x")));
        List<String> roles = allowedRoles(best);
        String role = roles.contains(request.role) ? request.role : roles.isEmpty() ? null : roles.get(0);
        return sender.etag(FuzzSender.baseUri() + read.pathAndQuery(), role == null ? null : tokens.get(role));
    }
}
