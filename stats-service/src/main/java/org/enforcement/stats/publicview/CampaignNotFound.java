package org.enforcement.stats.publicview;

import org.enforcement.commons.problem.ProblemException;

/**
 * No campaign is published under a code: 404 campaign-not-found, as problem+json to API clients and as an HTML page
 * to a browser ({@link PublicPageProblems}).
 */
public class CampaignNotFound extends ProblemException {

    private final String code;

    CampaignNotFound(String code) {
        super(404, "campaign-not-found", "Campaign not found", "No campaign is published under the code " + code + ".");
        this.code = code;
    }

    public String code() {
        return code;
    }
}
