package org.enforcement.rules.courts;

/** The four levels of the people's courts (Organic Law of the People's Courts, art. 12), top first. */
public enum CourtLevel {
    /** 最高人民法院. */
    SUPREME("最高"),
    /** 高级人民法院: one per province. */
    HIGH("高级"),
    /** 中级人民法院: per prefecture-level city, and special intermediate courts. */
    INTERMEDIATE("中级"),
    /** 基层人民法院: per county or district, and special basic courts. */
    BASIC("基层");

    private final String label;

    CourtLevel(String label) {
        this.label = label;
    }

    /** The level as courts write it: 最高, 高级, 中级, 基层. */
    public String label() {
        return label;
    }

    /** The level written as {@link #label()}, or null when no level is written that way. */
    public static CourtLevel ofLabel(String label) {
        for (CourtLevel level : values()) {
            if (level.label.equals(label)) {
                return level;
            }
        }
        return null;
    }
}
