package org.enforcement.operations.streams;

/** Who speaks on a stream: "记者 + 一线法官" and a presenter. */
public enum HostRole {
    /** 记者. */
    REPORTER("记者"),
    /** 解说法官: the front-line judge who explains and answers viewers. */
    COMMENTATING_JUDGE("解说法官"),
    /** 主持人. */
    HOST("主持人");

    private final String label;

    HostRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
