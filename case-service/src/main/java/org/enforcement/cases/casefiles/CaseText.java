package org.enforcement.cases.casefiles;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.enforcement.commons.security.Caller;
import org.enforcement.rules.privacy.PersonalDataScrubber;

/**
 * The free text of a case (payment references, reversal reasons, disbursement notes) as the caller may read it: in
 * full for the owning court's full-access roles ({@link PersonalData#fullAccess}), otherwise scrubbed by
 * {@link PersonalDataScrubber} with the case's own parties, so "申请执行人马国栋" reads "申请执行人马某" for an observer
 * exactly as the party list does. One scrubber per case and request.
 */
@RequestScoped
public class CaseText {

    @Inject
    Caller caller;

    @Inject
    CaseRepository cases;

    private final Map<UUID, PersonalDataScrubber> scrubbers = new HashMap<>();

    /** {@code text} of case {@code caseId} as the caller may read it. */
    public String shown(UUID caseId, String text) {
        if (text == null || text.isEmpty() || PersonalData.fullAccess(caller)) {
            return text;
        }
        return scrubbers.computeIfAbsent(caseId, this::scrubberOf).scrub(text);
    }

    private PersonalDataScrubber scrubberOf(UUID caseId) {
        Case c = cases.findById(caseId);
        return c == null ? PersonalDataScrubber.withoutParties() : scrubberOf(c);
    }

    /** A scrubber that knows the case's parties: persons' names and every party's address. */
    public static PersonalDataScrubber scrubberOf(Case c) {
        return PersonalDataScrubber.forParties(c.parties.stream()
                .map(p -> new PersonalDataScrubber.Party(p.name, p.kind == PartyKind.PERSON, p.address))
                .toList());
    }
}
