package org.enforcement.testing.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One request the fuzzer sends, built valid and then mutated; everything kept raw so nothing fixes it on the way. */
final class FuzzRequest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern RAW = Pattern.compile("\"FUZZRAW#(\\d+)\"");

    final Contract.Operation operation;
    final List<String> mutations = new ArrayList<>();
    /** Path parameter name to its already encoded segment. */
    final Map<String, String> path = new LinkedHashMap<>();
    /** Query parameters as encoded name and value. */
    final List<String[]> query = new ArrayList<>();
    /** Header names (lower case) to values; a name may repeat. */
    final List<String[]> headers = new ArrayList<>();
    final List<SchemaValues.Leaf> leaves = new ArrayList<>();
    /** Text spliced into the serialized body in place of a {@code "FUZZRAW#n"} string. */
    private final Map<Integer, String> raw = new HashMap<>();
    JsonNode json;
    /** The body as bytes, when a mutation wrote it directly; wins over {@link #json}. */
    byte[] bytes;
    String role = "none";
    int lastStatus;
    String lastAnswer;

    FuzzRequest(Contract.Operation operation) {
        this.operation = operation;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A text node standing for {@code text} written verbatim into the JSON (e.g. 1e2, an unpaired escape). */
    String rawMarker(String text) {
        int id = raw.size() + 1;
        raw.put(id, text);
        return "FUZZRAW#" + id;
    }

    String pathAndQuery() {
        String p = operation.path();
        for (var e : path.entrySet()) {
            p = p.replace("{" + e.getKey() + "}", e.getValue());
        }
        if (query.isEmpty()) {
            return p;
        }
        StringBuilder q = new StringBuilder(p).append('?');
        for (String[] pair : query) {
            q.append(q.charAt(q.length() - 1) == '?' ? "" : "&").append(pair[0]).append('=').append(pair[1]);
        }
        return q.toString();
    }

    static String json(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    String jsonText() {
        if (json == null) {
            return null;
        }
        try {
            String text = MAPPER.writeValueAsString(json);
            Matcher m = RAW.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(raw.get(Integer.parseInt(m.group(1)))));
            }
            m.appendTail(out);
            return out.toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] body() {
        if (bytes != null) {
            return bytes;
        }
        String text = jsonText();
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    String header(String name) {
        for (String[] h : headers) {
            if (h[0].equalsIgnoreCase(name)) {
                return h[1];
            }
        }
        return null;
    }

    void setHeader(String name, String value) {
        removeHeader(name);
        headers.add(new String[] {name, value});
    }

    void removeHeader(String name) {
        headers.removeIf(h -> h[0].equalsIgnoreCase(name));
    }

    String mutation() {
        return mutations.isEmpty() ? "valid" : String.join(" + ", mutations);
    }

    /** The request as a reader replays it: line, headers (tokens by role), body excerpt. */
    String describe() {
        StringBuilder out = new StringBuilder(operation.method()).append(' ').append(excerpt(pathAndQuery(), 300));
        out.append("  [role ").append(role).append(']');
        for (String[] h : headers) {
            if (!h[0].equalsIgnoreCase("authorization")) {
                out.append("  ").append(h[0]).append(": ").append(excerpt(h[1], 80));
            }
        }
        byte[] body = body();
        if (body != null) {
            out.append("  body: ").append(excerpt(new String(body, StandardCharsets.UTF_8), 300));
        }
        return out.toString();
    }

    /** At most {@code max} characters, control characters shown as escapes. */
    static String excerpt(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (text.length() > max) {
            out.append("…(").append(text.length()).append(" chars)");
        }
        return out.toString();
    }
}
