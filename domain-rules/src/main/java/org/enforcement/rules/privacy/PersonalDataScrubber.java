package org.enforcement.rules.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for personal data in free text (notes, reasons, references, terms, titles, comments) shown to anyone
 * but the owning court's full-access view: observers, integrators, the public, event payloads, printed records.
 *
 * <p>Removed, whatever way they are written:
 * <ul>
 *   <li>numbers that identify a person or an account: mobile and landline phones ({@value #PHONE}), national ID
 *       numbers of 18 (or 15) characters ({@value #ID}), and any other run of 12 or more digits such as bank cards
 *       and accounts ({@value #NUMBER}). Digits may be ASCII or full-width and grouped by any common separator:
 *       spaces (also U+3000), hyphens and dashes (ASCII, full-width, en and em), dots, slashes, parentheses, and
 *       zero-width characters, up to three in a row, so {@code 138－1111－2222}, {@code 1 3 8 1 1 1 1 2 2 2 2},
 *       {@code (0517)8391 2345} and {@code 110101–19900307–663X} all go;</li>
 *   <li>e-mail addresses, with an ASCII or full-width {@code @} ({@value #EMAIL});</li>
 *   <li>the names and addresses of the case's own parties, which the calling service knows: a person's full name
 *       becomes surname + 某 wherever it appears ("申请执行人马国栋" → "申请执行人马某"), also with spaces or zero-width
 *       characters between its characters; an address becomes its masked form ({@link Masking#address}).
 *       Organisations keep their names, as courts publish them.</li>
 * </ul>
 *
 * <p>Never touched, because court texts are full of them: amounts ({@code 13,325.00元}, {@code 12345778.00}),
 * dates ({@code 2024-04-07}, {@code 2023.02.02-2023.03.31}), times ({@code 06:30}) and case numbers
 * ({@code (2024)苏0804执1234号}). A run of digits is kept when it has fewer than 12 digits and is neither a mobile
 * (11 digits from 13–19, optionally after 86) nor a landline (10–12 digits from 0), or when its groups read as
 * dates (year, month, day).
 *
 * <p>What it cannot do: find names of people who are not the case's parties, or addresses written differently
 * from the party's record. Those stay the owning court's responsibility when it writes for others.
 */
public final class PersonalDataScrubber {

    public static final String PHONE = "[电话号码已隐去]";
    public static final String ID = "[身份证号已隐去]";
    public static final String NUMBER = "[号码已隐去]";
    public static final String EMAIL = "[邮箱已隐去]";

    /** A party of the case as its record has it; {@code person} false for organisations. */
    public record Party(String name, boolean person, String address) {
    }

    private static final PersonalDataScrubber NO_PARTIES = new PersonalDataScrubber(List.of());

    private static final Pattern EMAIL_ADDRESS = Pattern.compile(
            "[\\p{Alnum}\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A._%+\\-]+[@\\uFF20]"
                    + "[\\p{Alnum}\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A\\-]+"
                    + "(?:[.\\uFF0E][\\p{Alnum}\\uFF21-\\uFF3A\\uFF41-\\uFF5A\\-]+)+");


    /** Replacements for the parties' names and addresses, longest first so a name inside an address goes whole. */
    private final List<Replacement> replacements;

    private record Replacement(Pattern pattern, String with, int length) {
    }

    private PersonalDataScrubber(List<Replacement> replacements) {
        this.replacements = replacements;
    }

    /** Numbers and e-mail addresses only: for text that belongs to no case (a stream's title, a FAQ entry). */
    public static PersonalDataScrubber withoutParties() {
        return NO_PARTIES;
    }

    /** Numbers, e-mail addresses and these parties' names and addresses. */
    public static PersonalDataScrubber forParties(Collection<Party> parties) {
        List<Replacement> found = new ArrayList<>();
        for (Party party : parties) {
            if (party.person() && party.name() != null && party.name().strip().codePointCount(0,
                    party.name().strip().length()) >= 2) {
                String name = party.name().strip();
                found.add(new Replacement(spaced(name), Masking.personName(name), name.length()));
            }
            if (party.address() != null && party.address().strip().length() >= 4) {
                String address = party.address().strip();
                found.add(new Replacement(spaced(address), Masking.address(address), address.length()));
            }
        }
        found.sort(Comparator.comparingInt(Replacement::length).reversed());
        return new PersonalDataScrubber(List.copyOf(found));
    }

    /** The text as others may read it; {@code null} stays {@code null}. */
    public String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Replacement r : replacements) {
            out = r.pattern().matcher(out).replaceAll(Matcher.quoteReplacement(r.with()));
        }
        out = EMAIL_ADDRESS.matcher(out).replaceAll(Matcher.quoteReplacement(EMAIL));
        return PersonalNumbers.scrub(out);
    }

    /** A pattern for {@code s} that also matches it with spaces or zero-width characters between its characters. */
    private static Pattern spaced(String s) {
        StringBuilder regex = new StringBuilder();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            if (i > 0) {
                regex.append("[\\s\\u3000\\u200B-\\u200D\\u2060\\uFEFF]*");
            }
            regex.append(Pattern.quote(new String(Character.toChars(cps[i]))));
        }
        return Pattern.compile(regex.toString());
    }
}
