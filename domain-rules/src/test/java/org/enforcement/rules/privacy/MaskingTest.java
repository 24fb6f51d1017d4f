package org.enforcement.rules.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void shouldMaskAPersonsNameButKeepAnOrganisations() {
        assertThat(Masking.partyName("秦某某", true)).isEqualTo("秦某");
        assertThat(Masking.partyName(" 马国栋", true)).isEqualTo("马某");
        assertThat(Masking.partyName("淮安市某建材有限公司", false)).isEqualTo("淮安市某建材有限公司");
        assertThat(Masking.partyName(null, true)).isNull();
    }
}
