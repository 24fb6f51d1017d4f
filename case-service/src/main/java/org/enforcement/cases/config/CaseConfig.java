package org.enforcement.cases.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of case-service ({@code case.*} in application.properties). */
@ConfigMapping(prefix = "case")
public interface CaseConfig {

    /** Case number pattern; {year}, {court} and {seq} are replaced. */
    @WithDefault("({year}){court}执{seq}号")
    String numberFormat();

    Settlement settlement();

    interface Settlement {
        /** Days after a due date before an unpaid installment is marked missed. */
        @WithDefault("0")
        int graceDays();

        /** How often the missed-installment check runs ("off" to disable). */
        @WithDefault("10m")
        String checkEvery();
    }
}
