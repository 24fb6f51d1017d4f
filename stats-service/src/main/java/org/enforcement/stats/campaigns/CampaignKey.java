package org.enforcement.stats.campaigns;

import java.io.Serializable;
import java.util.Objects;

/**
 * What names a campaign: its organising court and its code. A code is unique per organiser only (two provinces may
 * both run a "雷霆行动"); the JPA identifier of {@link Campaign}.
 */
public class CampaignKey implements Serializable {

    public String organizingCourt;
    public String code;

    public CampaignKey() {
    }

    public CampaignKey(String organizingCourt, String code) {
        this.organizingCourt = organizingCourt;
        this.code = code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CampaignKey k && Objects.equals(organizingCourt, k.organizingCourt)
                && Objects.equals(code, k.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organizingCourt, code);
    }

    @Override
    public String toString() {
        return organizingCourt + "/" + code;
    }
}
