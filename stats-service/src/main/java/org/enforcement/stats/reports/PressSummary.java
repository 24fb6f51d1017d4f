package org.enforcement.stats.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A press text in the style courts publish, and the figures it was written from. */
@Schema(name = "PressSummary")
public record PressSummary(
        @Schema(nullable = true, description = "The court reported on; null for every court", example = "苏0804") String court,
        @Schema(nullable = true, description = "The campaign reported on; null for all work", example = "淮执·9号") String campaign,
        LocalDate from,
        LocalDate to,
        @Schema(description = "Simplified Chinese text built only from the figures that are not zero",
                example = "此次行动共出动干警50人次，查找被执行人26人，拘传8人，现场执行到位金额30余万元，执结案件13件，达成和解4件。")
        String text,
        @Schema(description = "The figures the text may use (metric name to exact value), zeros included")
        Map<String, BigDecimal> figures) {
}
