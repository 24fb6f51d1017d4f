package org.enforcement.operations.streams;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The privacy scrub every free text (viewers' questions, answers, FAQ text) passes before it is shown publicly.
 * Viewers type whatever they like into a live-stream comment box, including their own or a debtor's phone and ID
 * number. The scrub replaces:
 * <ul>
 *   <li>national ID numbers: 18 characters, 17 digits then a digit or X, optionally grouped 6-8-4 by spaces or
 *       hyphens → "[身份证号已隐去]" ({@link Flag#ID_NUMBER});</li>
 *   <li>mainland mobile numbers: 11 digits starting 13–19, optionally after +86 and grouped 3-4-4
 *       → "[电话号码已隐去]" ({@link Flag#PHONE_NUMBER});</li>
 *   <li>any other run of 12 or more digits (optionally grouped by single spaces), such as bank card or account
 *       numbers → "[号码已隐去]" ({@link Flag#LONG_NUMBER}).</li>
 * </ul>
 * Full-width digits (０-９) count as digits. A number counts only when no further digit touches it, so a 19-digit
 * card number is never half-read as an ID number.
 *
 * <p>What it cannot do: recognise names, addresses or minors in free text. {@link Flag#MENTIONS_MINORS} is a hint
 * for moderators when the text speaks of children (未成年, 孩子, 子女 ...), nothing more; a question about the
 * effect of the dishonest-debtor list on one's children is legitimate, a question naming a child is not. Moderators
 * must reject (or reword, see the moderation's {@code publicText}) questions that name debtors beyond surname + 某,
 * give addresses or concern particular minors; the public view only ever shows answered questions.
 */
public final class PrivacyScrub {

    /** What the scrub found (and masked, except the hint {@link #MENTIONS_MINORS}). */
    public enum Flag {
        ID_NUMBER,
        PHONE_NUMBER,
        LONG_NUMBER,
        /** A hint only: the text speaks of children; nothing is masked for it. */
        MENTIONS_MINORS
    }

    /** The scrubbed text and what was found in it. */
    public record Result(String text, Set<Flag> flags) {
        public boolean masked() {
            return flags.contains(Flag.ID_NUMBER) || flags.contains(Flag.PHONE_NUMBER)
                    || flags.contains(Flag.LONG_NUMBER);
        }
    }

    private static final String DIGIT = "[0-9\\uFF10-\\uFF19]";
    private static final String NOT_AFTER_DIGIT = "(?<![0-9\\uFF10-\\uFF19])";
    private static final String NOT_BEFORE_DIGIT = "(?![0-9\\uFF10-\\uFF19])";
    private static final String SEP = "[ \\-\\u3000]?";

    private static final Pattern ID_NUMBER = Pattern.compile(NOT_AFTER_DIGIT
            + DIGIT + "{6}" + SEP + DIGIT + "{8}" + SEP + DIGIT + "{3}[0-9\\uFF10-\\uFF19Xx\\uFF38\\uFF58]"
            + NOT_BEFORE_DIGIT);
    private static final Pattern MOBILE = Pattern.compile(NOT_AFTER_DIGIT
            + "(?:[+\\uFF0B]?[8\\uFF18][6\\uFF16]" + SEP + ")?"
            + "[1\\uFF11][3-9\\uFF13-\\uFF19]" + DIGIT + SEP + DIGIT + "{4}" + SEP + DIGIT + "{4}"
            + NOT_BEFORE_DIGIT);
    private static final Pattern LONG_NUMBER = Pattern.compile(NOT_AFTER_DIGIT
            + DIGIT + "(?: ?" + DIGIT + "){11,}" + NOT_BEFORE_DIGIT);
    private static final Pattern MINORS = Pattern.compile("未成年|孩子|子女|小孩|儿子|女儿|儿童|幼儿|学生|上学");

    static final String ID_REMOVED = "[身份证号已隐去]";
    static final String PHONE_REMOVED = "[电话号码已隐去]";
    static final String NUMBER_REMOVED = "[号码已隐去]";

    private PrivacyScrub() {
    }

    /** Scrubs {@code text}; null stays null. */
    public static Result scrub(String text) {
        if (text == null) {
            return new Result(null, Set.of());
        }
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        // Removed, not partly starred: even "138****5678" gives away seven digits of a number DOMAIN.md says the
        // public never sees.
        String out = replace(ID_NUMBER, text, Flag.ID_NUMBER, flags, digits -> ID_REMOVED);
        out = replace(MOBILE, out, Flag.PHONE_NUMBER, flags, digits -> PHONE_REMOVED);
        out = replace(LONG_NUMBER, out, Flag.LONG_NUMBER, flags, digits -> NUMBER_REMOVED);
        if (MINORS.matcher(out).find()) {
            flags.add(Flag.MENTIONS_MINORS);
        }
        return new Result(out, Collections.unmodifiableSet(flags));
    }

    /** Just the scrubbed text. */
    public static String text(String text) {
        return scrub(text).text();
    }

    /** A viewer's nickname as shown publicly: its first character and "**" ("小明同学" → "小**"). */
    public static String nickname(String nickname) {
        if (nickname == null || nickname.isBlank()) {
            return "**";
        }
        return nickname.strip().codePoints().limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "**";
    }

    private static String replace(Pattern pattern, String text, Flag flag, Set<Flag> flags,
                                  Function<String, String> mask) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean found = false;
        while (m.find()) {
            found = true;
            m.appendReplacement(out, Matcher.quoteReplacement(mask.apply(asciiDigits(m.group()))));
        }
        if (!found) {
            return text;
        }
        flags.add(flag);
        m.appendTail(out);
        return out.toString();
    }

    /** The digits (and a final X) of a match, full-width folded to ASCII, separators and '+' dropped. */
    private static String asciiDigits(String match) {
        StringBuilder digits = new StringBuilder(match.length());
        match.codePoints().forEach(c -> {
            if (c >= '０' && c <= '９') {
                digits.append((char) ('0' + (c - '０')));
            } else if (c >= '0' && c <= '9') {
                digits.append((char) c);
            } else if (c == 'x' || c == 'X' || c == 'ｘ' || c == 'Ｘ') {
                digits.append('X');
            }
        });
        return digits.toString();
    }
}
