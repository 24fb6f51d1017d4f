package org.enforcement.stats.campaigns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Reading campaigns: those the caller may see ({@link CampaignAccess}), and the published ones whoever asks. Their
 * changes: {@link CampaignLifecycle}; their key tasks: {@link KeyTaskProgress}; their courts' ranking:
 * {@link CampaignRanking}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CampaignService {

    @Inject
    CampaignRepository campaigns;

    @Inject
    CampaignAccess access;

    public CampaignResponse get(String code, String organiser) {
        return access.shown(access.find(code, organiser));
    }

    public List<CampaignResponse> list() {
        return access.visibleCampaigns().stream().map(access::shown).toList();
    }

    /**
     * A published campaign whoever asks: for the public pages, which publish only a campaign's name, courts, dates
     * and aggregates, its texts scrubbed. Empty when no published campaign has this code (of this organiser, when
     * one is named); 409 ambiguous-campaign when several organisers published one of the code and none is named.
     */
    public Optional<CampaignResponse> published(String code, String organiser) {
        return access.published(code, organiser).map(c -> CampaignResponse.of(c).forPublic());
    }

    /** Every published campaign, latest start first, whoever asks (for the public list); texts scrubbed. */
    public List<CampaignResponse> publishedCampaigns() {
        return campaigns.published().stream().map(c -> CampaignResponse.of(c).forPublic()).toList();
    }
}
