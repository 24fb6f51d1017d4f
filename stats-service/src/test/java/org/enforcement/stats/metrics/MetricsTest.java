package org.enforcement.stats.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Metric names: the fixed ones and the three families named after a value of the event. */
class MetricsTest {

    @Test
    void shouldRecogniseTheFamiliesByTheirPrefix() {
        assertThat(Metrics.prefixOf("viewers_on_DOUYIN")).isEqualTo(Metrics.VIEWERS_ON_PREFIX);
        assertThat(Metrics.prefixOf("viewers_on_WECHAT_OFFICIAL_ACCOUNT")).isEqualTo(Metrics.VIEWERS_ON_PREFIX);
        assertThat(Metrics.prefixOf("streams_platforms_8")).isEqualTo(Metrics.STREAMS_PLATFORMS_PREFIX);
        assertThat(Metrics.prefixOf("streams_platforms_12")).isEqualTo(Metrics.STREAMS_PLATFORMS_PREFIX);
        assertThat(Metrics.prefixOf("concluded_TERMINATED_THIS_ROUND")).isEqualTo(Metrics.CONCLUDED_PREFIX);
        assertThat(Metrics.prefixOf("viewers_on_douyin")).isNull();
        assertThat(Metrics.prefixOf("viewers_on_")).isNull();
        assertThat(Metrics.prefixOf("viewers_on_" + "A".repeat(41))).isNull();
        assertThat(Metrics.prefixOf("streams_platforms_0")).isNull();
        assertThat(Metrics.prefixOf("streams_platforms_100")).isNull();
        assertThat(Metrics.prefixOf("streams_platforms_x")).isNull();
        assertThat(Metrics.prefixOf("viewers")).isNull();
    }

    @Test
    void shouldKnowTheFixedMetricsAndWellFormedFamilyMembersOnly() {
        assertThat(Metrics.ALL).contains(Metrics.STREAMS, Metrics.VIEWERS, Metrics.PLATFORMS,
                Metrics.QUESTIONS_ANSWERED).doesNotHaveDuplicates();
        assertThat(Metrics.isKnown("platforms")).isTrue();
        assertThat(Metrics.isKnown("questions_answered")).isTrue();
        assertThat(Metrics.isKnown("viewers_on_KUAISHOU")).isTrue();
        assertThat(Metrics.isKnown("viewers_on_Kuaishou")).isFalse();
        assertThat(Metrics.isKnown("unknown_metric")).isFalse();
        assertThat(Metrics.isKnown(null)).isFalse();
        assertThat(Metrics.MONEY).doesNotContain(Metrics.PLATFORMS, Metrics.QUESTIONS_ANSWERED);
    }
}
