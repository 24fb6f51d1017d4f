package org.enforcement.rules.identity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

/** The normal form of {@link PersonIdentity}: stable, and blind to width, case and surrounding space only. */
class PersonIdentityTest {

    private static final String SPACES = " \t\u00A0\u3000\u2003\u200B\uFEFF";

    @Property
    void normalisingTwiceChangesNothing(@ForAll String id) {
        String once = PersonIdentity.normalise(id);
        assertThat(PersonIdentity.normalise(once)).isEqualTo(once);
    }

    @Example
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

    @Property
    void widthCaseAndSpaceVariantsAreTheSamePerson(@ForAll("logins") String login, @ForAll("padding") String before,
            @ForAll("padding") String after) {
        String fullWidth = toFullWidth(login);
        for (String variant : new String[] {login.toUpperCase(), fullWidth, fullWidth.toUpperCase(),
                before + login + after, before + fullWidth.toUpperCase() + after}) {
            assertThat(PersonIdentity.same(variant, login)).as("'%s' vs '%s'", variant, login).isTrue();
        }
    }

    @Property
    void aPlainLoginIsItsOwnNormalForm(@ForAll("logins") String login) {
        assertThat(PersonIdentity.normalise(login)).isEqualTo(login);
    }

    @Property
    void differentLoginsStayDifferentPeople(@ForAll("logins") String a, @ForAll("logins") String b) {
        assertThat(PersonIdentity.same(a, b)).isEqualTo(a.equals(b));
    }

    @Property
    void chineseNamesAreComparedAsWritten(@ForAll @CharRange(from = '\u4E00', to = '\u9FA5') @StringLength(min = 1,
            max = 4) String name) {
        assertThat(PersonIdentity.same("\u3000" + name + " ", name)).isTrue();
        assertThat(PersonIdentity.normalise(name)).isEqualTo(name);
    }

    @Example
    void anAbsentIdIsNobody() {
        assertThat(PersonIdentity.normalise(null)).isNull();
        assertThat(PersonIdentity.same(null, null)).isFalse();
        assertThat(PersonIdentity.same("clerk.sb", null)).isFalse();
    }

    @Example
    void theVariantsOfTheIssueAreClerkSb() {
        for (String variant : new String[] {"clerk.sb ", "CLERK.SB", "ｃｌｅｒｋ.sb", "\u3000clerk.sb", "Clerk.Sb\u00A0",
                "ＣＬＥＲＫ．ＳＢ", "\u200Bclerk.sb"}) {
            assertThat(PersonIdentity.normalise(variant)).as(variant).isEqualTo("clerk.sb");
        }
        assertThat(PersonIdentity.same("clerk.sb", "clerk.sa")).isFalse();
        assertThat(PersonIdentity.same("clerk.sb", "clerk sb")).isFalse();
        assertThat(PersonIdentity.normalise("ΟΔΟΣ")).isEqualTo(PersonIdentity.normalise("οδοσ"));
    }

    @Provide
    Arbitrary<String> logins() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('.', '_', '-')
                .ofMinLength(1).ofMaxLength(20).filter(s -> Character.isLetterOrDigit(s.charAt(0)));
    }

    @Provide
    Arbitrary<String> padding() {
        return Arbitraries.strings().withChars(SPACES.toCharArray()).ofMaxLength(3);
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
