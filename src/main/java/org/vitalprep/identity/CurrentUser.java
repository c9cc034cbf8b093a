package org.vitalprep.identity;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.vitalprep.identity.internal.LearnerCookieFilter;

import java.util.Optional;

/**
 * The learner id that owns attempts and progress: the account name when signed in, otherwise the private
 * random id in this browser's learner cookie.
 */
@Component
public class CurrentUser {

    public String learnerId() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            return "user:" + auth.getName();
        }
        return anonymousId().map(id -> "anon:" + id)
                .orElseThrow(() -> new IllegalStateException("No learner: neither signed in nor a learner cookie"));
    }

    /** The private learner id of this browser (its practice before signing in), if it has one. */
    public Optional<String> browserLearnerId() {
        return anonymousId().map(id -> "anon:" + id);
    }

    public boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    public boolean isAdmin() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    public Optional<String> displayName() {
        return signedIn() ? Optional.of(SecurityContextHolder.getContext().getAuthentication().getName())
                : Optional.empty();
    }

    private Optional<String> anonymousId() {
        HttpServletRequest request = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            request = attrs.getRequest();
        } else if (VaadinRequest.getCurrent() instanceof VaadinServletRequest vr) {
            request = vr.getHttpServletRequest();
        }
        if (request == null) return Optional.empty();
        Object fromFilter = request.getAttribute(LearnerCookieFilter.ATTRIBUTE);
        if (fromFilter instanceof String s) return Optional.of(s);
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (LearnerCookieFilter.COOKIE.equals(c.getName()) && LearnerCookieFilter.valid(c.getValue())) {
                    return Optional.of(c.getValue());
                }
            }
        }
        return Optional.empty();
    }
}
