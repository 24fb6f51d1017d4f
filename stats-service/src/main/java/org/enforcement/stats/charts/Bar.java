package org.enforcement.stats.charts;

import java.math.BigDecimal;

/**
 * One bar: its label under the axis, its value (zero or more) and the text written on it.
 *
 * @param valueLabel what is written above the bar, e.g. "30.5万"
 */
public record Bar(String label, BigDecimal value, String valueLabel) {
}
