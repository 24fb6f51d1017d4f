package org.enforcement.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** An overlay rendered by {@code kubectl kustomize}, as the documents it produces (rendered once per overlay). */
final class Kustomize {

    private static final Map<String, List<JsonNode>> RENDERED = new HashMap<>();

    private Kustomize() {
    }

    static synchronized List<JsonNode> render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, Kustomize::run);
    }

    private static List<JsonNode> run(String overlay) {
        String kubectl = kubectl();
        Path dir = Repo.path("deploy/kubernetes/overlays/" + overlay);
        try {
            Path stderr = Files.createTempFile("kustomize", ".err");
            Process process = new ProcessBuilder(kubectl, "kustomize", dir.toString())
                    .redirectError(stderr.toFile()).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + dir + " did not finish within 60 s");
            }
            String err = Files.readString(stderr);
            Files.deleteIfExists(stderr);
            if (process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed:\n" + err);
            }
            return Repo.yamlDocuments(out);
        } catch (IOException e) {
            throw new AssertionError("Cannot run " + kubectl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while rendering " + dir, e);
        }
    }

    /** kubectl from the PATH; the Kubernetes checks cannot run without it, so its absence fails them. */
    private static String kubectl() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new AssertionError("kubectl is not on the PATH. The Kubernetes checks render the overlays with"
                + " `kubectl kustomize` (offline, no cluster needed): install kubectl"
                + " (https://kubernetes.io/docs/tasks/tools/) and run the build again.");
    }
}
