package org.vitalprep.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.vitalprep.identity.AuditLog;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Ends a signed-in session that must not go on: older than the absolute limit (the idle limit is the servlet
 * session timeout), of a disabled account, or started before an admin ended the user's sessions or changed the
 * account (roles, password). The browser then finds itself signed out.
 */
@Component
class SessionPolicyFilter extends OncePerRequestFilter {

    private final AccountStore accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration absolute;

    SessionPolicyFilter(AccountStore accounts, AuditLog audit, Clock clock,
                        @Value("${vitalprep.session.absolute-timeout:12h}") Duration absolute) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.absolute = absolute;
    }

    /** Why the session must end, or null when it may continue. Pure decision, unit-tested. */
    static String reason(Instant sessionStart, Instant now, Duration absolute, boolean allowedByAccount) {
        if (now.isAfter(sessionStart.plus(absolute))) return "absolute session time limit reached";
        if (!allowedByAccount) return "account disabled or its sessions ended";
        return null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            Instant start = Instant.ofEpochMilli(session.getCreationTime());
            String why = reason(start, clock.instant(), absolute, accounts.sessionAllowed(auth.getName(), start));
            if (why != null) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                audit.record("SESSION_ENDED", auth.getName(), auth.getName(), request.getRemoteAddr(), why);
                if ("GET".equals(request.getMethod()) && request.getHeader("X-Requested-With") == null) {
                    response.sendRedirect(request.getContextPath() + "/login");
                } else {
                    response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
