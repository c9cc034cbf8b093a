package org.vitalprep.identity.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.vitalprep.identity.ui.LoginView;

import java.util.ArrayList;
import java.util.List;

/**
 * Vaadin's security configurer (views deny by default; each view states who may open it) plus method security
 * for services. The first admin comes from configuration: there are no default credentials.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/actuator/health"),
                        PathPatternRequestMatcher.withDefaults().matcher("/actuator/health/**"),
                        PathPatternRequestMatcher.withDefaults().matcher("/actuator/info"),
                        PathPatternRequestMatcher.withDefaults().matcher("/styles/**"),
                        PathPatternRequestMatcher.withDefaults().matcher("/images/**")).permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The first admin comes from configuration (never a default password); everyone else is an account in MongoDB.
     */
    @Bean
    UserDetailsService userDetailsService(PasswordEncoder encoder, AccountStore accounts,
                                          @Value("${vitalprep.admin.username:admin}") String adminName,
                                          @Value("${vitalprep.admin.password:}") String adminPassword) {
        List<UserDetails> users = new ArrayList<>();
        if (adminPassword.isBlank()) {
            log.warn("No admin account: set VITALPREP_ADMIN_PASSWORD (and optionally VITALPREP_ADMIN_USERNAME) "
                    + "to create one. Learners can practise without an account.");
        } else if (adminPassword.length() < 8) {
            throw new IllegalStateException("VITALPREP_ADMIN_PASSWORD must have at least 8 characters");
        } else {
            users.add(User.withUsername(adminName).password(encoder.encode(adminPassword)).roles("ADMIN").build());
            log.info("Admin account '{}' is configured", adminName);
        }
        InMemoryUserDetailsManager admins = new InMemoryUserDetailsManager(users);
        return username -> {
            if (admins.userExists(username)) return admins.loadUserByUsername(username);
            UserDocument u = accounts.find(username).orElseThrow(() ->
                    new org.springframework.security.core.userdetails.UsernameNotFoundException("No account " + username));
            return User.withUsername(u.email()).password(u.passwordHash())
                    .roles(u.roles().toArray(String[]::new)).disabled(!u.enabled()).build();
        };
    }

    @Bean
    ThrottledAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder,
                                                           org.vitalprep.identity.AuditLog audit, java.time.Clock clock,
                                                           AccountStore accounts, MongoThrottleStore throttleStore) {
        org.springframework.security.authentication.dao.DaoAuthenticationProvider dao =
                new org.springframework.security.authentication.dao.DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(dao, audit, clock, accounts, throttleStore);
    }
}
