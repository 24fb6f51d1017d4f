package org.enforcement.rules.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The normal form of {@link PersonIdentity}: stable, and blind to width, case and surrounding space only. The
 * generated cases come from a seeded random, so a failure names its seed and repeats.
 */
class PersonIdentityTest {

    private static final String SPACES = " \t\u00A0\u3000\u2003\u200B\uFEFF";
    private static final String LOGIN_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789._-";
    private static final long SEED = Long.getLong("identity.seed", 20261204L);
    private static final int CASES = 2_000;

    @Test
    void normalisingTwiceChangesNothingForEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.getType(cp) == Character.SURROGATE) {
                continue;
            }
            String alone = PersonIdentity.normalise(Character.toString(cp));
            String within = PersonIdentity.normalise("a" + Character.toString(cp) + "b");
            assertThat(PersonIdentity.normalise(alone)).as("U+%04X", cp).isEqualTo(alone);
            assertThat(PersonIdentity.normalise(within)).as("a U+%04X b", cp).isEqualTo(within);
        }
    }

    @Test
    void normalisingTwiceChangesNothingForRandomText() {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            String id = randomText(random);
            String once = PersonIdentity.normalise(id);
            assertThat(PersonIdentity.normalise(once)).as("seed %d, case %d: %s", SEED, i, id).isEqualTo(once);
        }
    }

    @Test
    void widthCaseAndSpaceVariantsAreTheSamePerson() {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            String login = login(random);
            String before = padding(random);
            String after = padding(random);
            String fullWidth = toFullWidth(login);
            for (String variant : new String[] {login.toUpperCase(), fullWidth, fullWidth.toUpperCase(),
                    before + login + after, before + fullWidth.toUpperCase() + after}) {
                assertThat(PersonIdentity.same(variant, login)).as("seed %d: '%s' vs '%s'", SEED, variant, login)
                        .isTrue();
            }
        }
    }

    @Test
    void aPlainLoginIsItsOwnNormalForm() {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            String login = login(random);
            assertThat(PersonIdentity.normalise(login)).as("seed %d", SEED).isEqualTo(login);
        }
    }

    @Test
    void differentLoginsStayDifferentPeople() {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            String a = login(random);
            String b = random.nextInt(10) == 0 ? a : login(random);
            assertThat(PersonIdentity.same(a, b)).as("seed %d: '%s' vs '%s'", SEED, a, b).isEqualTo(a.equals(b));
        }
    }

    @Test
    void chineseNamesAreComparedAsWritten() {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            StringBuilder name = new StringBuilder();
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                name.append((char) ('\u4E00' + random.nextInt('\u9FA5' - '\u4E00' + 1)));
            }
            assertThat(PersonIdentity.same("\u3000" + name + " ", name.toString())).as("seed %d", SEED).isTrue();
            assertThat(PersonIdentity.normalise(name.toString())).isEqualTo(name.toString());
        }
    }

    @Test
    void anAbsentIdIsNobody() {
        assertThat(PersonIdentity.normalise(null)).isNull();
        assertThat(PersonIdentity.same(null, null)).isFalse();
        assertThat(PersonIdentity.same("clerk.sb", null)).isFalse();
    }

    @Test
    void theVariantsOfTheIssueAreClerkSb() {
        for (String variant : new String[] {"clerk.sb ", "CLERK.SB", "ｃｌｅｒｋ.sb", "\u3000clerk.sb", "Clerk.Sb\u00A0",
                "ＣＬＥＲＫ．ＳＢ", "\u200Bclerk.sb"}) {
            assertThat(PersonIdentity.normalise(variant)).as(variant).isEqualTo("clerk.sb");
        }
        assertThat(PersonIdentity.same("clerk.sb", "clerk.sa")).isFalse();
        assertThat(PersonIdentity.same("clerk.sb", "clerk sb")).isFalse();
        assertThat(PersonIdentity.normalise("ΟΔΟΣ")).isEqualTo(PersonIdentity.normalise("οδοσ"));
    }

    /** A login as identity providers issue them: starts with a letter or digit, then letters, digits and . _ - */
    private static String login(Random random) {
        StringBuilder login = new StringBuilder();
        login.append(LOGIN_CHARS.charAt(random.nextInt(36)));
        for (int n = random.nextInt(20); n > 0; n--) {
            login.append(LOGIN_CHARS.charAt(random.nextInt(LOGIN_CHARS.length())));
        }
        return login.toString();
    }

    private static String padding(Random random) {
        StringBuilder padding = new StringBuilder();
        for (int n = random.nextInt(4); n > 0; n--) {
            padding.append(SPACES.charAt(random.nextInt(SPACES.length())));
        }
        return padding.toString();
    }

    /** Any code points outside the surrogate range, up to 12 of them. */
    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(13); n > 0; n--) {
            int cp;
            do {
                cp = random.nextInt(Character.MAX_CODE_POINT + 1);
            } while (Character.getType(cp) == Character.SURROGATE);
            text.appendCodePoint(cp);
        }
        return text.toString();
    }

    /** ASCII letters, digits and punctuation in their full-width forms (U+FF01..U+FF5E). */
    private static String toFullWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : c);
        }
        return b.toString();
    }
}
