package org.enforcement.deploycheck;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class SmokeTest {
    @Test
    void parses() throws Exception {
        assertThat(new ObjectMapper(new YAMLFactory()).readTree("a: 1").get("a").asInt()).isEqualTo(1);
    }
}
