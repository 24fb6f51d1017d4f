package org.enforcement.rules.courts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The courts the services know: who a token may act for, and which courts lie under which. Codes are compared
 * exactly (no stripping, no case folding): a code that is not registered as written is not a court.
 */
public final class CourtRegistry {

    private final List<CourtSource> sources;

    private CourtRegistry(List<CourtSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The courts shipped with the services ({@code courts/*.tsv} of this module, see {@link ShippedCourts}). */
    public static CourtRegistry shipped() {
        return new CourtRegistry(List.of(Shipped.COURTS));
    }

    /** Read once, on first use. */
    private static final class Shipped {
        static final ShippedCourts COURTS = ShippedCourts.load();
    }

    /** A registry of the given sources, asked in order. */
    public static CourtRegistry of(List<CourtSource> sources) {
        return new CourtRegistry(sources);
    }

    /** This registry with one more source, asked after the others. */
    public CourtRegistry with(CourtSource more) {
        List<CourtSource> all = new ArrayList<>(sources);
        all.add(more);
        return new CourtRegistry(all);
    }

    public Optional<RegisteredCourt> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (CourtSource source : sources) {
            Optional<RegisteredCourt> court = source.find(code);
            if (court.isPresent()) {
                return court;
            }
        }
        return Optional.empty();
    }

    /** The shipped courts, in the order of their files (test sources are not listed). */
    public static List<RegisteredCourt> shippedCourts() {
        return Shipped.COURTS.all();
    }

    public boolean contains(String code) {
        return find(code).isPresent();
    }

    /** The full name of a registered court, else the code itself (for data recorded before the registry knew it). */
    public String nameOf(String code) {
        return find(code).map(RegisteredCourt::name).orElse(code);
    }

    /** The court and every court above it, nearest first; empty when {@code code} is not registered. */
    public List<RegisteredCourt> chain(String code) {
        List<RegisteredCourt> chain = new ArrayList<>();
        Optional<RegisteredCourt> court = find(code);
        while (court.isPresent() && chain.size() < 8) {
            chain.add(court.get());
            court = find(court.get().parent());
        }
        return chain;
    }

    /** Whether {@code code} is {@code ancestor} or lies under it; false when either is not registered. */
    public boolean isWithin(String code, String ancestor) {
        if (ancestor == null || !contains(ancestor)) {
            return false;
        }
        return chain(code).stream().anyMatch(c -> c.code().equals(ancestor));
    }
}
