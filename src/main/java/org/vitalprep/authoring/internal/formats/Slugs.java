package org.vitalprep.authoring.internal.formats;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Slugs for generated ids: {@code ^[a-z0-9][a-z0-9-]{0,79}$}, as the bank schema requires. */
final class Slugs {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{0,79}$");

    private Slugs() {
    }

    static boolean isSlug(String s) {
        return s != null && SLUG.matcher(s).matches();
    }

    /** Lower case, accents dropped, runs of anything else as one '-'; cut at a word boundary; null if empty. */
    static String slug(String text, int max) {
        if (text == null) return null;
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > max) {
            s = s.substring(0, max);
            int cut = s.lastIndexOf('-');
            if (cut >= max / 2) s = s.substring(0, cut);
            s = s.replaceAll("-+$", "");
        }
        return s.isEmpty() ? null : s;
    }

    /** {@code base}, or base-2, base-3 ... (kept within 80 characters), not yet in {@code used}; adds it. */
    static String unique(String base, Set<String> used) {
        String id = base;
        for (int n = 2; used.contains(id); n++) {
            String suffix = "-" + n;
            String head = base.length() + suffix.length() > 80 ? base.substring(0, 80 - suffix.length()) : base;
            id = head.replaceAll("-+$", "") + suffix;
        }
        used.add(id);
        return id;
    }

    /** A short readable id for an option, prompt or choice: the slug of its text, else {@code fallback}. */
    static String shortId(String text, String fallback, Set<String> used) {
        String s = slug(text, 24);
        return unique(s == null ? fallback : s, used);
    }
}
