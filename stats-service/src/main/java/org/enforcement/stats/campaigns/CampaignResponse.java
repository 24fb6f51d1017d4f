package org.enforcement.stats.campaigns;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.rules.privacy.PersonalDataScrubber;

@Schema(name = "Campaign")
public record CampaignResponse(
        @Schema(example = "陇原风暴") String code,
        @Schema(example = "“陇原风暴”执行专项行动") String name,
        @Schema(example = "甘") String organizingCourt,
        @Schema(example = "甘肃省高级人民法院") String organizingCourtName,
        CampaignLevel level,
        @Schema(description = "The organizing court first, then the others", example = "[\"甘\", \"甘0602\", \"甘06\"]")
        List<String> participatingCourts,
        LocalDate startsOn,
        LocalDate endsOn,
        @Schema(description = "By number") List<KeyTaskResponse> keyTasks,
        String createdBy,
        Instant createdAt,
        @Schema(description = "DRAFT until the organising court's director publishes it; only a PUBLISHED"
                + " campaign is on the public pages") Publication publication,
        @Schema(nullable = true, description = "When it was last published; null while a draft") Instant publishedAt,
        @Schema(nullable = true, description = "When it left the public pages; null unless WITHDRAWN") Instant withdrawnAt,
        @Schema(nullable = true, description = "Why it left the public pages; null unless WITHDRAWN") String withdrawalReason,
        @Schema(description = "Same value as the ETag header") long version) {

    /**
     * As observers and integrators read it: the name, key-task titles and withdrawal reason a director typed pass
     * the personal-data scrubber (a phone number typed into a title reaches no one but court staff).
     */
    CampaignResponse scrubbed() {
        PersonalDataScrubber scrubber = PersonalDataScrubber.withoutParties();
        return new CampaignResponse(code, scrubber.scrub(name), organizingCourt, organizingCourtName, level,
                participatingCourts, startsOn, endsOn, keyTasks.stream().map(t -> new KeyTaskResponse(t.number(),
                scrubber.scrub(t.title()), t.metric(), t.target(), t.cadence(), t.minPlatforms(), t.deadline(),
                t.startsOn()))
                .toList(), createdBy, createdAt, publication, publishedAt, withdrawnAt,
                scrubber.scrub(withdrawalReason), version);
    }

    /** As the public may read it: scrubbed, without who created it or why it was once withdrawn. */
    CampaignResponse forPublic() {
        CampaignResponse s = scrubbed();
        return new CampaignResponse(s.code, s.name, s.organizingCourt, s.organizingCourtName, s.level,
                s.participatingCourts, s.startsOn, s.endsOn, s.keyTasks, null, s.createdAt, s.publication,
                s.publishedAt, s.withdrawnAt, null, s.version);
    }

    @Schema(name = "KeyTask")
    public record KeyTaskResponse(
            @Schema(example = "12") int number,
            String title,
            @Schema(example = "streams") String metric,
            @Schema(description = "Whole for counts, two decimals for money", example = "2") BigDecimal target,
            Cadence cadence,
            @Schema(nullable = true, example = "8") Integer minPlatforms,
            LocalDate deadline,
            @Schema(description = "The task's own first day; null: it starts with the campaign",
                    example = "2023-08-01", nullable = true) LocalDate startsOn) {

        static KeyTaskResponse of(KeyTask t) {
            return new KeyTaskResponse(t.number, t.title, t.metric, CampaignFigures.shown(t.metric, t.target),
                    t.cadence, t.minPlatforms, t.deadline, t.startsOn);
        }
    }

    static CampaignResponse of(Campaign c) {
        return new CampaignResponse(c.code, c.name, c.organizingCourt, c.organizingCourtName, c.level,
                List.copyOf(c.participatingCourts), c.startsOn, c.endsOn,
                c.keyTasks.stream().map(KeyTaskResponse::of).toList(), c.createdBy, c.createdAt,
                c.publication, c.publishedAt, c.withdrawnAt, c.withdrawalReason, c.version);
    }
}
