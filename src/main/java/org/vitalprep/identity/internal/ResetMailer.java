package org.vitalprep.identity.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sends password-reset links by e-mail when a mail server is configured ({@code spring.mail.host}); Spring Boot
 * creates the mail sender only then. Without one, resets go through admin-issued codes.
 */
@Component
public class ResetMailer {

    private final ObjectProvider<JavaMailSender> sender;
    private final String publicUrl;
    private final String from;

    ResetMailer(ObjectProvider<JavaMailSender> sender, @Value("${vitalprep.public-url:http://localhost:8080}") String publicUrl,
                @Value("${vitalprep.mail.from:VitalPrep <no-reply@vitalprep.invalid>}") String from) {
        this.sender = sender;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.from = from;
    }

    public boolean available() {
        return sender.getIfAvailable() != null;
    }

    public void send(String email, String token) {
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(email);
        m.setSubject("Reset your VitalPrep password");
        m.setText("Someone (hopefully you) asked to reset the password of the VitalPrep account " + email + ".\n\n"
                + "Open this link within 24 hours to choose a new password:\n" + publicUrl + "/reset-password?token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8) + "\n\n"
                + "If you did not ask for this, ignore this message: your password stays as it is.\n");
        sender.getObject().send(m);
    }
}
