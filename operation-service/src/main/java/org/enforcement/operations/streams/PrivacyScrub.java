package org.enforcement.operations.streams;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.enforcement.rules.privacy.PersonalDataScrubber;

/**
 * The moderation view of free text that viewers type into a live stream (questions, answers, FAQ text): the numbers
 * and e-mail addresses are removed by the one rule every service uses, {@link PersonalDataScrubber} (any separator
 * style, full-width digits, zero-width characters), and this class reports what was found so moderators see why a
 * text was changed. {@link Flag#MENTIONS_MINORS} is a hint for moderators when the text speaks of children (未成年,
 * 孩子, 子女 ...), nothing more: a question about the effect of the dishonest-debtor list on one's children is
 * legitimate, a question naming a child is not. Moderators must reject (or reword, see the moderation's
 * {@code publicText}) questions that name debtors beyond surname + 某, give addresses or concern particular minors;
 * the public view only ever shows answered questions.
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

    private static final Pattern MINORS = Pattern.compile("未成年|孩子|子女|小孩|儿子|女儿|儿童|幼儿|学生|上学");

    static final String ID_REMOVED = PersonalDataScrubber.ID;
    static final String PHONE_REMOVED = PersonalDataScrubber.PHONE;
    static final String NUMBER_REMOVED = PersonalDataScrubber.NUMBER;

    private PrivacyScrub() {
    }

    /** Scrubs {@code text}; null stays null. */
    public static Result scrub(String text) {
        if (text == null) {
            return new Result(null, Set.of());
        }
        // Removed, not partly starred: even "138****5678" gives away seven digits of a number DOMAIN.md says the
        // public never sees.
        String out = PersonalDataScrubber.withoutParties().scrub(text);
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        flag(text, out, ID_REMOVED, Flag.ID_NUMBER, flags);
        flag(text, out, PHONE_REMOVED, Flag.PHONE_NUMBER, flags);
        flag(text, out, NUMBER_REMOVED, Flag.LONG_NUMBER, flags);
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

    /** Whether the scrub wrote {@code marker} more often than the viewer did. */
    private static void flag(String in, String out, String marker, Flag flag, Set<Flag> flags) {
        if (count(out, marker) > count(in, marker)) {
            flags.add(flag);
        }
    }

    private static int count(String text, String marker) {
        int n = 0;
        for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length())) {
            n++;
        }
        return n;
    }
}
