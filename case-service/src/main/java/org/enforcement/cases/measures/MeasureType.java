package org.enforcement.cases.measures;

/**
 * The coercive measures (强制措施) and enforcement measures (执行措施) a court orders against a respondent or
 * his property. The legal limits of each are in {@link MeasurePolicy}.
 */
public enum MeasureType {
    /** 拘传: bringing the respondent in for questioning. */
    SUMMONS,
    /** 司法拘留: judicial detention. */
    DETENTION,
    /** 罚款: fine. */
    FINE,
    /** 报告财产令: order to report property. */
    PROPERTY_REPORT_ORDER,
    /** 纳入失信被执行人名单: dishonest-debtor listing. */
    DISHONEST_LISTING,
    /** 限制消费令: consumption restriction order. */
    CONSUMPTION_RESTRICTION,
    /** 搜查: search of the respondent's home or premises (needs a warrant). */
    SEARCH,
    /** 查封: seizure of property. */
    SEIZURE,
    /** 冻结: freezing of deposits or other property. */
    FREEZE,
    /** 评估: valuation of seized property. */
    VALUATION,
    /** 网络司法拍卖: online judicial auction. */
    AUCTION,
    /**
     * 强制交付 / 强制迁出: property handed over (交付指定财物), premises vacated or land returned (强制迁出房屋或者强制退出土地)
     * on the spot. Recorded as EXECUTED when ordered: it records what officers already did.
     */
    HANDOVER
}
