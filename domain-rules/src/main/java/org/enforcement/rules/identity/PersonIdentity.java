package org.enforcement.rules.identity;

import java.text.Normalizer;

/**
 * When two recorded ids name the same person, e.g. for maker-checker (who ordered a measure or requested a
 * disbursement may not decide it). Ids are compared in a normal form, so {@code clerk.sb }, {@code CLERK.SB} and
 * {@code ｃｌｅｒｋ.sb} are all {@code clerk.sb}; the id shown and stored stays as the token gave it.
 *
 * <p>The normal form: Unicode NFKC (full-width letters, ideographic and no-break spaces become their plain forms),
 * then each code point case-folded by {@code Character.toLowerCase(Character.toUpperCase(cp))}, NFKC again (folding
 * may produce a decomposable character), and space at either end removed. The folding uses no locale, so a Turkish
 * default locale does not turn {@code I} into a dotless {@code ı}; and it works code point by code point, so the
 * Greek final sigma {@code ς} and {@code σ} fold alike, unlike the context-sensitive {@code String.toLowerCase}.
 * One-to-many foldings ({@code ß} to {@code ss}) would need ICU; no court login uses them.
 */
public final class PersonIdentity {

    private PersonIdentity() {
    }

    /** The normal form of an id; null stays null. Idempotent. */
    public static String normalise(String id) {
        if (id == null) {
            return null;
        }
        String compatible = Normalizer.normalize(id, Normalizer.Form.NFKC);
        StringBuilder folded = new StringBuilder(compatible.length());
        compatible.codePoints().forEach(cp -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
        return strip(Normalizer.normalize(folded, Normalizer.Form.NFKC));
    }

    /** Whether both ids name the same person; an absent id matches nobody. */
    public static boolean same(String a, String b) {
        return a != null && b != null && normalise(a).equals(normalise(b));
    }

    /** Removes white space and invisible format characters (zero-width space, BOM) at both ends. */
    private static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && blank(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && blank(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    private static boolean blank(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT;
    }
}
