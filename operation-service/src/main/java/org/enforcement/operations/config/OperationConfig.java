package org.enforcement.operations.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Typed configuration of operation-service ({@code operation.*}). */
@ConfigMapping(prefix = "operation")
public interface OperationConfig {

    Dispatch dispatch();

    Delivery delivery();

    interface Dispatch {
        /** Average road speed used to turn distance into travel time when no matrix is supplied. */
        @WithDefault("40")
        int speedKmh();

        /** How long the solver may search for a better plan. */
        @WithDefault("800ms")
        Duration timeLimit();
    }

    interface Delivery {
        /** How often pending outcomes are sent to case-service ("off" disables the poller). */
        @WithDefault("2s")
        String pollEvery();

        /** Longest wait between two attempts of one delivery. */
        @WithDefault("5m")
        Duration maxBackoff();
    }
}
