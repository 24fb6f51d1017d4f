package org.enforcement.stats.campaigns;

/**
 * Whether the public sees a campaign: a new campaign is a DRAFT its courts work with; its organising court's director
 * PUBLISHes it to the public pages and may WITHDRAW it (with a reason) and publish it again once corrected.
 */
public enum Publication {
    DRAFT,
    PUBLISHED,
    WITHDRAWN
}
