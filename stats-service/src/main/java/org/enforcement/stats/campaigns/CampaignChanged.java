package org.enforcement.stats.campaigns;

/**
 * Fired (synchronously, inside the changing transaction) when a campaign is created, amended, published or
 * withdrawn, so that what shows campaigns (the public figures' caches) can react when that transaction commits.
 */
public record CampaignChanged(String organiser, String code) {
}
