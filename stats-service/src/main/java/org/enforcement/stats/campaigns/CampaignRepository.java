package org.enforcement.stats.campaigns;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CampaignRepository implements PanacheRepositoryBase<Campaign, String> {

    public Optional<Campaign> lock(String code) {
        return find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Campaigns the court organizes or takes part in, latest start first. */
    public List<Campaign> involving(String court) {
        return list("?1 member of participatingCourts order by startsOn desc, code", court);
    }

    public List<Campaign> everyCampaign() {
        return list("order by startsOn desc, code");
    }
}
