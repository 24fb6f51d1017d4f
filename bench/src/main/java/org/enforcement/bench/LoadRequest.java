package org.enforcement.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP/1.1 request of the Java generator, written to the socket as these bytes. */
record LoadRequest(String method, URI uri, Map<String, String> headers, String body) {

    static LoadRequest get(URI uri, Map<String, String> headers) {
        return new LoadRequest("GET", uri, headers, null);
    }

    static LoadRequest post(URI uri, Map<String, String> headers, String body) {
        return new LoadRequest("POST", uri, headers, body);
    }

    /** The request line, Host, the headers, Content-Length when there is a body, the body. */
    byte[] bytes() {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Host", uri.getHost() + ":" + uri.getPort());
        all.putAll(headers);
        if (body != null) {
            all.put("Content-Length", String.valueOf(content.length));
        }
        StringBuilder head = new StringBuilder(method).append(' ').append(uri.getRawPath());
        if (uri.getRawQuery() != null) {
            head.append('?').append(uri.getRawQuery());
        }
        head.append(" HTTP/1.1\r\n");
        all.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        return out.toByteArray();
    }
}
