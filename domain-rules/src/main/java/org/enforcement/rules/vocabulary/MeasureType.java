package org.enforcement.rules.vocabulary;

/**
 * The coercive measures (强制措施) and enforcement measures (执行措施) a court orders against a respondent or his
 * property. case-service records them (its MeasurePolicy holds the legal limits); operation-service delivers the
 * ones taken in the field.
 */
public enum MeasureType {
    /** 拘传: bringing the respondent in for questioning. */
    SUMMONS("拘传"),
    /** 司法拘留: judicial detention. */
    DETENTION("司法拘留"),
    /** 罚款: fine. */
    FINE("罚款"),
    /** 报告财产令: order to report property. */
    PROPERTY_REPORT_ORDER("报告财产令"),
    /** 纳入失信被执行人名单: dishonest-debtor listing. */
    DISHONEST_LISTING("纳入失信被执行人名单"),
    /** 限制消费令: consumption restriction order. */
    CONSUMPTION_RESTRICTION("限制消费令"),
    /** 搜查: search of the respondent's home or premises (needs a warrant). */
    SEARCH("搜查"),
    /** 查封: seizure of property. */
    SEIZURE("查封"),
    /** 冻结: freezing of deposits or other property. */
    FREEZE("冻结"),
    /** 评估: valuation of seized property. */
    VALUATION("评估"),
    /** 网络司法拍卖: online judicial auction. */
    AUCTION("网络司法拍卖"),
    /**
     * 强制交付 / 强制迁出: property handed over (交付指定财物), premises vacated or land returned (强制迁出房屋或者强制退出土地)
     * on the spot. Recorded as EXECUTED when ordered: it records what officers already did.
     */
    HANDOVER("强制交付");

    private final String chinese;

    MeasureType(String chinese) {
        this.chinese = chinese;
    }

    /** The Chinese term, as printed in records. */
    public String chinese() {
        return chinese;
    }
}
