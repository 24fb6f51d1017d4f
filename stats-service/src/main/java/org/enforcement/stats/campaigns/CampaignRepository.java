package org.enforcement.stats.campaigns;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CampaignRepository implements PanacheRepositoryBase<Campaign, CampaignKey> {

    public Optional<Campaign> lock(CampaignKey key) {
        return find("organizingCourt = ?1 and code = ?2", key.organizingCourt, key.code)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Every campaign with this code, whoever organises it (organiser order). */
    public List<Campaign> withCode(String code) {
        return list("code = ?1 order by organizingCourt", code);
    }

    /** Campaigns the court organizes or takes part in, latest start first. */
    public List<Campaign> involving(String court) {
        return list("?1 member of participatingCourts order by startsOn desc, code, organizingCourt", court);
    }

    /** The campaigns on the public pages, latest start first. */
    public List<Campaign> published() {
        return list("publication = ?1 order by startsOn desc, code, organizingCourt", Publication.PUBLISHED);
    }

    public List<Campaign> everyCampaign() {
        return list("order by startsOn desc, code, organizingCourt");
    }
}
