package org.enforcement.stats.metrics;

/**
 * Fired (synchronously, inside the writing transaction) when rows of {@code daily_metric} change, so that what
 * shows them (the public figures' caches) can react when that transaction commits, without metrics knowing it.
 */
public record DailyFiguresChanged() {
}
