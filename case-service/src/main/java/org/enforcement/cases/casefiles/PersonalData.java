package org.enforcement.cases.casefiles;

import org.enforcement.commons.security.Caller;
import org.enforcement.rules.privacy.Masking;

/**
 * Who sees parties' personal data in full; everyone else gets it masked by {@link Masking}.
 */
public final class PersonalData {

    private PersonalData() {
    }

    /** Clerks, judges, the director and officers need full contact data; observers and integrators do not. */
    public static boolean fullAccess(Caller caller) {
        return caller.readsPersonalData();
    }

    public static String maskName(String name, PartyKind kind) {
        return Masking.partyName(name, kind != PartyKind.ORGANIZATION);
    }

    public static String maskIdNumber(String id) {
        return Masking.idNumber(id);
    }

    public static String maskPhone(String phone) {
        return Masking.phone(phone);
    }

    public static String maskAddress(String address) {
        return Masking.address(address);
    }
}
