package org.enforcement.stats.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every metric an integrator can receive is explained in the OpenAPI document. */
class MetricGlossaryTest {

    @Test
    void shouldExplainEveryMetricAndFamily() {
        for (String metric : Metrics.ALL) {
            if (Metrics.prefixOf(metric) == null) { // members of a family are explained by it
                assertThat(MetricGlossary.TEXT).as(metric).contains("- `" + metric + "` (");
            }
        }
        for (String family : Metrics.PREFIXES) {
            assertThat(MetricGlossary.TEXT).as(family).containsPattern("- `" + family + "<[A-Za-z]+>`");
        }
    }

    @Test
    void shouldBeInTheCommittedContract() throws IOException {
        String contract = Files.readString(Path.of(System.getProperty("basedir", "."), "src/main/openapi/openapi.yaml"));
        for (String metric : Metrics.ALL) {
            if (Metrics.prefixOf(metric) == null) {
                assertThat(contract).as(metric).contains("`" + metric + "`");
            }
        }
        for (String family : Metrics.PREFIXES) {
            assertThat(contract).as(family).contains("`" + family + "<");
        }
    }
}
