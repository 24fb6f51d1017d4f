package org.enforcement.operations.streams;

import static org.assertj.core.api.Assertions.assertThat;

import org.enforcement.operations.streams.PrivacyScrub.Flag;
import org.junit.jupiter.api.Test;

class PrivacyScrubTest {

    @Test
    void shouldMaskMobileNumbersHoweverTyped() {
        assertThat(PrivacyScrub.text("我的电话13812345678，请回电")).isEqualTo("我的电话[电话号码已隐去]，请回电");
        assertThat(PrivacyScrub.text("电话 138 1234 5678")).isEqualTo("电话 [电话号码已隐去]");
        assertThat(PrivacyScrub.text("电话138-1234-5678")).isEqualTo("电话[电话号码已隐去]");
        assertThat(PrivacyScrub.text("+86 13812345678")).isEqualTo("[电话号码已隐去]");
        assertThat(PrivacyScrub.text("8613812345678")).isEqualTo("[电话号码已隐去]");
        assertThat(PrivacyScrub.text("全角１３８１２３４５６７８")).isEqualTo("全角[电话号码已隐去]");
        assertThat(PrivacyScrub.scrub("13812345678").flags()).containsExactly(Flag.PHONE_NUMBER);
    }

    /** The forms that passed before issue 14: full-width hyphens, spaces between digits, zero-width, en dash. */
    @Test
    void shouldMaskNumbersWrittenInAnySeparatorStyle() {
        assertThat(PrivacyScrub.text("电话138－1111－2222")).isEqualTo("电话[电话号码已隐去]");
        assertThat(PrivacyScrub.text("电话1 3 8 1 1 1 1 2 2 2 2。")).isEqualTo("电话[电话号码已隐去]。");
        assertThat(PrivacyScrub.text("138\u200B1111\u200B2222")).isEqualTo("[电话号码已隐去]");
        assertThat(PrivacyScrub.text("卡号6222-0202-0011-2233-445")).isEqualTo("卡号[号码已隐去]");
        assertThat(PrivacyScrub.scrub("身份证110101–19900307–663X").flags()).containsExactly(Flag.ID_NUMBER);
        assertThat(PrivacyScrub.text("邮箱qin@example.com")).isEqualTo("邮箱[邮箱已隐去]");
    }

    @Test
    void shouldMaskIdNumbers() {
        assertThat(PrivacyScrub.text("被执行人身份证320804198801011234")).isEqualTo("被执行人身份证[身份证号已隐去]");
        assertThat(PrivacyScrub.text("ID 32080419880101123X 号")).isEqualTo("ID [身份证号已隐去] 号");
        assertThat(PrivacyScrub.text("32080419880101123x")).isEqualTo("[身份证号已隐去]");
        assertThat(PrivacyScrub.text("320804 19880101 1234")).isEqualTo("[身份证号已隐去]");
        assertThat(PrivacyScrub.scrub("320804198801011234").flags()).containsExactly(Flag.ID_NUMBER);
    }

    @Test
    void shouldMaskOtherLongNumbersSuchAsBankCards() {
        PrivacyScrub.Result card = PrivacyScrub.scrub("打到卡号6222021234567890123");
        assertThat(card.text()).isEqualTo("打到卡号[号码已隐去]");
        assertThat(card.flags()).containsExactly(Flag.LONG_NUMBER);
        assertThat(PrivacyScrub.text("6222 0212 3456 7890")).isEqualTo("[号码已隐去]");
    }

    @Test
    void shouldLeaveOrdinaryNumbersAlone() {
        String text = "(2023)苏0804执123号，标的50000元，2023-02-02 05:49到达，民事诉讼法第二百五十条，12368热线";
        PrivacyScrub.Result r = PrivacyScrub.scrub(text);
        assertThat(r.text()).isEqualTo(text);
        assertThat(r.flags()).isEmpty();
        assertThat(r.masked()).isFalse();
        // 10 or 12 digits starting with 1 are not mobile numbers; 12 digits are a long number
        assertThat(PrivacyScrub.text("1381234567")).isEqualTo("1381234567");
        assertThat(PrivacyScrub.text("2023-02-02 2023-02-03")).isEqualTo("2023-02-02 2023-02-03");
    }

    @Test
    void shouldMaskEverythingInOneText() {
        PrivacyScrub.Result r = PrivacyScrub.scrub(
                "李四 身份证320804198801011234 电话13912345678 欠我钱，他孩子在哪上学？");
        assertThat(r.text()).isEqualTo("李四 身份证[身份证号已隐去] 电话[电话号码已隐去] 欠我钱，他孩子在哪上学？");
        assertThat(r.flags()).containsExactlyInAnyOrder(Flag.ID_NUMBER, Flag.PHONE_NUMBER, Flag.MENTIONS_MINORS);
        assertThat(r.masked()).isTrue();
    }

    @Test
    void shouldFlagTalkOfChildrenWithoutMaskingIt() {
        PrivacyScrub.Result r = PrivacyScrub.scrub("被列入失信名单会影响子女吗？");
        assertThat(r.text()).isEqualTo("被列入失信名单会影响子女吗？");
        assertThat(r.flags()).containsExactly(Flag.MENTIONS_MINORS);
        assertThat(r.masked()).isFalse();
    }

    @Test
    void shouldMaskNicknamesToTheirFirstCharacter() {
        assertThat(PrivacyScrub.nickname("淮安老张")).isEqualTo("淮**");
        assertThat(PrivacyScrub.nickname("𠮷野家")).isEqualTo("𠮷**");
        assertThat(PrivacyScrub.nickname(" x ")).isEqualTo("x**");
        assertThat(PrivacyScrub.nickname("")).isEqualTo("**");
        assertThat(PrivacyScrub.scrub(null).text()).isNull();
    }
}
