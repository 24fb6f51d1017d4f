package org.enforcement.rules.privacy;

/**
 * How personal data is shown to whoever may not see it in full, the way courts publish: a person's name as
 * surname + 某 ("李某"), no ID numbers, phones or full addresses. Every service masks the same way.
 */
public final class Masking {

    private Masking() {
    }

    /**
     * A party's name as others read it: a person's as surname + 某, an organisation's whole (courts publish
     * companies' names). {@code person} false for organisations.
     */
    public static String partyName(String name, boolean person) {
        return person ? personName(name) : name;
    }

    /** "秦某某" → "秦某". Takes the first character as the surname (compound surnames lose their second half). */
    public static String personName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        return name.strip().codePoints().limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "某";
    }

    /** "320804198801011234" → "320***********1234". */
    public static String idNumber(String id) {
        return keepEnds(id, 3, 4);
    }

    /** "13812345678" → "138****5678". */
    public static String phone(String phone) {
        return keepEnds(phone, 3, 4);
    }

    /** Keeps at most the first 6 characters (province and city), never more than half of the address. */
    public static String address(String address) {
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
