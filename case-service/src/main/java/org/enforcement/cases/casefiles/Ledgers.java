package org.enforcement.cases.casefiles;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads cases' ledgers (implemented where the money is kept: payments). A port, so the case depends on no feature. */
public interface Ledgers {

    /** The ledger of one case. */
    default Ledger of(Case c) {
        return of(List.of(c)).get(c.id);
    }

    /** The ledgers of many cases at once, by case id. */
    Map<UUID, Ledger> of(List<Case> cases);
}
