package org.enforcement.stats.campaigns;

/** The level of the organizing court. */
public enum CampaignLevel {
    /** 高级人民法院 */
    HIGH,
    /** 中级人民法院 */
    INTERMEDIATE,
    /** 基层人民法院 */
    BASIC
}
