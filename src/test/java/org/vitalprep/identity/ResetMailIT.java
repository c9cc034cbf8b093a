package org.vitalprep.identity;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** With a mail server configured, a learner resets a forgotten password through a mailed one-time link. */
@SpringBootTest(properties = {"spring.mail.host=mail.example.invalid", "vitalprep.public-url=https://prep.example.edu/"})
class ResetMailIT {

    @MockitoBean JavaMailSender mail;
    @Autowired AccountService accounts;
    @Autowired AuthenticationProvider provider;

    static final String PW = "capillary puncture on the heel";

    @Test
    void aMailedLinkResetsThePasswordOnceAndRevealsNothingAboutUnknownAddresses() {
        String email = "forgetful" + System.nanoTime() + "@example.org";
        accounts.register(email, PW, PW, null);
        assertThat(accounts.resetByMailAvailable()).isTrue();

        accounts.requestPasswordReset(email.toUpperCase(), "10.0.0.1");
        ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(mail).send(sent.capture());
        assertThat(sent.getValue().getTo()).containsExactly(email);
        Matcher m = Pattern.compile("https://prep\\.example\\.edu/reset-password\\?token=([0-9a-f]{48})")
                .matcher(sent.getValue().getText());
        assertThat(m.find()).isTrue();
        String token = m.group(1);

        // a second request within 10 minutes sends nothing; an unknown address neither, and looks the same
        clearInvocations(mail);
        accounts.requestPasswordReset(email, "10.0.0.1");
        accounts.requestPasswordReset("nobody" + System.nanoTime() + "@example.org", "10.0.0.1");
        verify(mail, never()).send(org.mockito.ArgumentMatchers.any(SimpleMailMessage.class));

        String newPw = "the order of draw, revisited";
        accounts.resetPassword(email, token, newPw, newPw);
        assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, newPw))
                .isAuthenticated()).isTrue();
        assertThatThrownBy(() -> accounts.resetPassword(email, token, PW, PW)).hasMessageContaining("not valid");
        verify(mail, times(0)).send(org.mockito.ArgumentMatchers.any(SimpleMailMessage.class));
    }
}
