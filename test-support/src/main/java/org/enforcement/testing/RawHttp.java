package org.enforcement.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written byte by byte on a plain socket, for requests REST Assured would repair first: malformed
 * percent-encoding, raw non-ASCII bytes, duplicated headers, oversized request lines and headers.
 */
public final class RawHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RawHttp() {
    }

    /** One answer: status, headers (names lower-cased, last value wins) and body. */
    public record Answer(int status, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Body is not JSON: " + text(), e);
            }
        }
    }

    /** Sends a request head (lines without CRLF; the blank line is added) and an optional body to the test port. */
    public static Answer send(byte[] head, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            if (body != null) {
                try {
                    out.write(body);
                } catch (SocketException refused) {
                    // The server may answer and close before reading an oversized body: the answer is still there.
                }
            }
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request line and headers with {@code Host} and {@code Connection: close} added. */
    public static Answer request(String requestLine, String... headers) {
        return send(head(requestLine, headers), null);
    }

    /** The bytes of a request head: the request line, {@code Host}, {@code Connection: close} and the headers. */
    public static byte[] head(String requestLine, String... headers) {
        String[] lines = new String[headers.length + 3];
        lines[0] = requestLine;
        lines[1] = "Host: localhost";
        lines[2] = "Connection: close";
        System.arraycopy(headers, 0, lines, 3, headers.length);
        return String.join("\r\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int headEnd = -1;
        int length = -1;
        boolean chunked = false;
        Map<String, String> headers = new LinkedHashMap<>();
        int status = 0;
        for (int n; (n = readSome(in, buffer)) > 0; ) {
            all.write(buffer, 0, n);
            byte[] bytes = all.toByteArray();
            if (headEnd < 0) {
                headEnd = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                if (headEnd >= 0) {
                    String[] lines = new String(bytes, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
                    status = Integer.parseInt(lines[0].split(" ")[1]);
                    for (int i = 1; i < lines.length; i++) {
                        int colon = lines[i].indexOf(':');
                        headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                                lines[i].substring(colon + 1).trim());
                    }
                    chunked = "chunked".equalsIgnoreCase(headers.get("transfer-encoding"));
                    String declared = headers.get("content-length");
                    length = declared == null ? -1 : Integer.parseInt(declared);
                }
            }
            if (headEnd >= 0 && length >= 0 && bytes.length - headEnd - 4 >= length) {
                break;
            }
            if (headEnd >= 0 && chunked && new String(bytes, StandardCharsets.ISO_8859_1).endsWith("0\r\n\r\n")) {
                break;
            }
        }
        byte[] bytes = all.toByteArray();
        if (headEnd < 0) {
            throw new AssertionError("No HTTP answer, got: " + new String(bytes, StandardCharsets.ISO_8859_1));
        }
        byte[] body = Arrays.copyOfRange(bytes, headEnd + 4, bytes.length);
        return new Answer(status, headers, chunked ? dechunk(body) : body);
    }

    private static int readSome(InputStream in, byte[] buffer) throws IOException {
        try {
            return in.read(buffer);
        } catch (SocketException reset) {
            return -1;
        }
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOf(Arrays.copyOfRange(body, at, body.length),
                    "\r\n".getBytes(StandardCharsets.US_ASCII));
            int size = Integer.parseInt(new String(body, at, lineEnd, StandardCharsets.US_ASCII).split(";")[0].trim(),
                    16);
            if (size == 0) {
                break;
            }
            out.write(body, at + lineEnd + 2, size);
            at += lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
