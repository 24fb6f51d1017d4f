package org.enforcement.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The repository the tests check, found from wherever the build runs, and YAML reading. */
final class Repo {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static Path root;

    private Repo() {
    }

    /** The nearest directory at or above the working directory that holds {@code deploy/} and a {@code pom.xml}. */
    static synchronized Path root() {
        if (root == null) {
            Path dir = Path.of("").toAbsolutePath();
            while (dir != null && !isRoot(dir)) {
                dir = dir.getParent();
            }
            if (dir == null) {
                throw new IllegalStateException("No directory with deploy/ and pom.xml at or above "
                        + Path.of("").toAbsolutePath());
            }
            root = dir;
        }
        return root;
    }

    private static boolean isRoot(Path dir) {
        return Files.isDirectory(dir.resolve("deploy")) && Files.isRegularFile(dir.resolve("pom.xml"));
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode yaml(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse " + file, e);
        }
    }

    /** Every non-empty document of a multi-document YAML stream. */
    static List<JsonNode> yamlDocuments(String text) {
        try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(text)) {
            List<JsonNode> result = new ArrayList<>();
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    result.add(document);
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse the YAML stream", e);
        }
    }
}
