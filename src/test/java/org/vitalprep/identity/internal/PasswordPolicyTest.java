package org.vitalprep.identity.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void lengthRules() {
        assertThat(PasswordPolicy.check("Sh0rt!x", "a@b.org")).get().asString().contains("at least 8");
        assertThat(PasswordPolicy.check("x".repeat(129), "a@b.org")).get().asString().contains("at most 128");
        assertThat(PasswordPolicy.check("correct horse battery staple " + "z".repeat(36), "a@b.org")).isEmpty();
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertThat(PasswordPolicy.commonCount()).isGreaterThan(1000);
        for (String p : new String[]{"password", "Password1", "QWERTY123", "iloveyou", "letmein1", "12345678", "summer2024"}) {
            assertThat(PasswordPolicy.check(p, "a@b.org")).as(p).get().asString().contains("most common");
        }
    }

    @Test
    void theEmailAddressIsNotAPassword() {
        assertThat(PasswordPolicy.check("maria.lopez@example.org", "maria.lopez@example.org")).isPresent();
        assertThat(PasswordPolicy.check("Maria.Lopez", "maria.lopez@example.org")).isPresent();
    }

    @Test
    void aReasonablePassphrasePasses() {
        assertThat(PasswordPolicy.check("order of draw: blue, red, green", "a@b.org")).isEmpty();
    }
}
