package org.enforcement.stats.charts;

import java.math.BigDecimal;

/**
 * One row of a progress chart, e.g. a campaign's key task.
 *
 * @param actual what has been done (zero or more)
 * @param target what is to be done; zero or less draws no bar, only the figures
 * @param status ON_TRACK, BEHIND, ACHIEVED or MISSED (shown in Chinese); any other text is shown as given
 */
public record ProgressRow(String label, BigDecimal actual, BigDecimal target, String status) {
}
