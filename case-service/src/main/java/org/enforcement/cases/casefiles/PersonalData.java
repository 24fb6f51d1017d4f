package org.enforcement.cases.casefiles;

import org.enforcement.commons.security.Caller;
import org.enforcement.commons.security.Roles;

/**
 * Masking of personal data, the way published material names debtors: surname + 某, no ID numbers, phones or
 * full addresses. Only roles that work the case see the data in full.
 */
public final class PersonalData {

    private PersonalData() {
    }

    /** Clerks, judges, the director and officers need full contact data; observers and integrators do not. */
    public static boolean fullAccess(Caller caller) {
        return caller.hasAnyRole(Roles.CLERK, Roles.JUDGE, Roles.DIRECTOR, Roles.OFFICER);
    }

    public static String maskName(String name, PartyKind kind) {
        if (name == null || name.isBlank() || kind == PartyKind.ORGANIZATION) {
            return name;
        }
        return name.strip().codePoints().limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "某";
    }

    public static String maskIdNumber(String id) {
        return keepEnds(id, 3, 4);
    }

    public static String maskPhone(String phone) {
        return keepEnds(phone, 3, 4);
    }

    /** Keeps the province/city part (first 6 characters) of an address. */
    public static String maskAddress(String address) {
        if (address == null || address.isBlank()) {
            return address;
        }
        int keep = Math.min(6, address.codePointCount(0, address.length()) / 2);
        return address.substring(0, address.offsetByCodePoints(0, keep)) + "****";
    }

    private static String keepEnds(String value, int head, int tail) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String v = value.strip();
        if (v.length() <= head + tail) {
            return "*".repeat(v.length());
        }
        return v.substring(0, head) + "*".repeat(v.length() - head - tail) + v.substring(v.length() - tail);
    }
}
