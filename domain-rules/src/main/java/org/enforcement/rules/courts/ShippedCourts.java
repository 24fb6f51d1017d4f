package org.enforcement.rules.courts;

import java.util.Map;
import java.util.Optional;

/**
 * The courts shipped with the services, read once from the tab-separated files listed in {@code courts/index}
 * (code, full name, level label, parent code). To add courts: add a file (or lines) there; see the README.
 */
final class ShippedCourts implements CourtSource {

    private final Map<String, RegisteredCourt> byCode;

    private ShippedCourts(Map<String, RegisteredCourt> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    static ShippedCourts load() {
        // TODO(registry helper): read courts/index and its files, check codes unique, parents registered, levels
        // decreasing downwards; fail loudly naming file and line.
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Optional<RegisteredCourt> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
