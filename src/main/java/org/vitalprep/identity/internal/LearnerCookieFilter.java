package org.vitalprep.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Gives each browser a private, unguessable learner id in an HttpOnly cookie, so a learner without an account
 * keeps their attempts across closed tabs and server restarts.
 */
@Component
public class LearnerCookieFilter extends OncePerRequestFilter {

    public static final String COOKIE = "vp_learner";
    public static final String ATTRIBUTE = LearnerCookieFilter.class.getName() + ".id";
    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public static boolean valid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = null;
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName()) && valid(c.getValue())) id = c.getValue();
            }
        }
        if (id == null) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            id = HexFormat.of().formatHex(bytes);
            Cookie cookie = new Cookie(COOKIE, id);
            cookie.setHttpOnly(true);
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 400);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        request.setAttribute(ATTRIBUTE, id);
        chain.doFilter(request, response);
    }
}
