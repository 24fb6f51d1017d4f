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

    private static final int MAX_SEPARATORS = 3;

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
        return numbers(out);
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

    // --- numbers -------------------------------------------------------------------------------------------------

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19';
    }

    private static int digit(char c) {
        return c <= '9' ? c - '0' : c - '\uFF10';
    }

    /** Characters people put between the digits of one number. */
    private static boolean isSeparator(char c) {
        return switch (c) {
            case ' ', '\u3000', '\u00A0', '-', '\uFF0D', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212',
                 '.', '\uFF0E', '/', '\uFF0F', '(', ')', '\uFF08', '\uFF09', '_', '\u200B', '\u200C', '\u200D',
                 '\u2060', '\uFEFF', '\u00B7', '\u30FB' -> true;
            default -> false;
        };
    }

    private static boolean isX(char c) {
        return c == 'X' || c == 'x' || c == '\uFF38' || c == '\uFF58';
    }

    private static String numbers(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                out.append(c);
                i++;
                continue;
            }
            // One run: digit groups joined by at most MAX_SEPARATORS separators.
            int start = i;
            int end = i; // exclusive, after the last digit
            StringBuilder digits = new StringBuilder();
            List<Integer> groups = new ArrayList<>();
            int group = 0;
            int j = i;
            while (j < n) {
                if (isDigit(text.charAt(j))) {
                    digits.append((char) ('0' + digit(text.charAt(j))));
                    group++;
                    j++;
                    end = j;
                    continue;
                }
                int k = j;
                while (k < n && k - j < MAX_SEPARATORS && isSeparator(text.charAt(k))) {
                    k++;
                }
                if (k > j && k < n && isDigit(text.charAt(k))) {
                    groups.add(group);
                    group = 0;
                    j = k;
                    continue;
                }
                break;
            }
            groups.add(group);
            boolean trailingX = digits.length() == 17 && end < n && isX(text.charAt(end));
            String marker = marker(digits.toString(), trailingX, groups);
            if (marker == null) {
                out.append(text, start, end);
            } else {
                // A "+" or an opening parenthesis right before the number belongs to it.
                int from = start;
                while (from > 0 && out.length() > 0 && "+\uFF0B(\uFF08".indexOf(text.charAt(from - 1)) >= 0) {
                    out.setLength(out.length() - 1);
                    from--;
                }
                out.append(marker);
                if (trailingX) {
                    end++;
                }
            }
            i = end;
        }
        return out.toString();
    }

    /** What a run of digits is, or {@code null} when it is no personal number. */
    private static String marker(String digits, boolean trailingX, List<Integer> groups) {
        int count = digits.length();
        if (trailingX || count == 18 && idLike(digits) || count == 15 && idLike(digits)) {
            return ID;
        }
        if (isMobile(digits) || count == 13 && digits.startsWith("86") && isMobile(digits.substring(2))
                || count == 15 && digits.startsWith("0086") && isMobile(digits.substring(4))) {
            return PHONE;
        }
        if (datesOnly(digits, groups)) {
            return null;
        }
        if (count >= 10 && count <= 12 && digits.charAt(0) == '0' && digits.charAt(1) != '0') {
            return PHONE;
        }
        if (count >= 12) {
            return NUMBER;
        }
        return null;
    }

    private static boolean isMobile(String digits) {
        return digits.length() == 11 && digits.charAt(0) == '1' && digits.charAt(1) >= '3';
    }

    /** Six digits of region (first not 0), then a birth date of 19xx or 20xx. */
    private static boolean idLike(String digits) {
        if (digits.charAt(0) == '0') {
            return false;
        }
        if (digits.length() == 15) {
            return true;
        }
        String century = digits.substring(6, 8);
        return century.equals("19") || century.equals("20");
    }

    /** Groups that read as dates one after another: year, month, day (2023.02.02-2023.03.31, 2024-4-7). */
    private static boolean datesOnly(String digits, List<Integer> groups) {
        if (groups.size() < 3 || groups.size() % 3 != 0) {
            return false;
        }
        int at = 0;
        for (int g = 0; g < groups.size(); g += 3) {
            int yearLength = groups.get(g);
            int monthLength = groups.get(g + 1);
            int dayLength = groups.get(g + 2);
            if (yearLength != 4 || monthLength < 1 || monthLength > 2 || dayLength < 1 || dayLength > 2) {
                return false;
            }
            int year = Integer.parseInt(digits.substring(at, at + 4));
            int month = Integer.parseInt(digits.substring(at + 4, at + 4 + monthLength));
            int day = Integer.parseInt(digits.substring(at + 4 + monthLength, at + 4 + monthLength + dayLength));
            if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > 31) {
                return false;
            }
            at += yearLength + monthLength + dayLength;
        }
        return true;
    }
}
