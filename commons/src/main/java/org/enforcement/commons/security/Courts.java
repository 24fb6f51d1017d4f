package org.enforcement.commons.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.enforcement.rules.courts.CourtRegistry;
import org.enforcement.rules.courts.CourtSource;

/**
 * The court registry of this service: the shipped courts, then every {@link CourtSource} bean (tests register the
 * courts they make up that way). Codes are compared exactly.
 */
@ApplicationScoped
public class Courts {

    private final CourtRegistry registry;

    @Inject
    public Courts(Instance<CourtSource> sources) {
        CourtRegistry all = CourtRegistry.shipped();
        for (CourtSource source : sources) {
            all = all.with(source);
        }
        this.registry = all;
    }

    public CourtRegistry registry() {
        return registry;
    }

    public boolean contains(String code) {
        return registry.contains(code);
    }

    /** Whether {@code code} is {@code ancestor} or lies under it (both registered). */
    public boolean isWithin(String code, String ancestor) {
        return registry.isWithin(code, ancestor);
    }

    /** The full name of a court, else its code. */
    public String nameOf(String code) {
        return registry.nameOf(code);
    }
}
