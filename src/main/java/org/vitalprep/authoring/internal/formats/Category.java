package org.vitalprep.authoring.internal.formats;

import java.util.ArrayList;
import java.util.List;

/**
 * A Moodle question category path ("$course$/top/phlebotomy/Order of draw"; "//" is a slash inside a name), as
 * Moodle XML category pseudo-questions and GIFT's {@code $CATEGORY:} give it. The last segment is the topic (as a
 * slug) and the deepest segment before it that names a VitalPrep module is the module; a path whose last segment
 * names a module and no earlier one does ("$course$/top/ekg") gives that module and no topic. Moodle's
 * "Default for ..." categories give no topic.
 */
record Category(String path, String module, String topic) {

    static Category parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        List<String> segments = new ArrayList<>();
        for (String s : text.replace("//", "\u0000").split("/")) {
            String seg = s.replace('\u0000', '/').strip();
            if (!seg.isEmpty()) segments.add(seg);
        }
        while (!segments.isEmpty() && segments.getFirst().startsWith("$")) segments.removeFirst();
        if (!segments.isEmpty() && segments.getFirst().equals("top")) segments.removeFirst();
        if (segments.isEmpty()) return new Category("", null, null);
        String module = null;
        for (String seg : segments.subList(0, segments.size() - 1)) {
            if (isModule(seg)) module = Slugs.slug(seg, 80);
        }
        String last = segments.getLast();
        String topic = null;
        if (module == null && isModule(last)) {
            module = Slugs.slug(last, 80);
        } else if (!last.startsWith("Default for ")) {
            topic = Slugs.slug(last, 80);
        }
        return new Category(String.join("/", segments), module, topic);
    }

    private static boolean isModule(String segment) {
        String slug = Slugs.slug(segment, 80);
        return slug != null && ImportOptions.MODULES.contains(slug);
    }

    /** "$course$/top/module" or "$course$/top/module/topic" for writers; slashes inside names doubled. */
    static String pathFor(String module, String topic) {
        StringBuilder sb = new StringBuilder("$course$/top/").append(module);
        if (topic != null && !topic.isBlank()) sb.append('/').append(topic.replace("/", "//"));
        return sb.toString();
    }

    String moduleOr(String fallback) {
        return module != null ? module : fallback;
    }

    /** The note an imported question gets: where its topic and module came from. */
    String note() {
        if (path.isEmpty()) return null;
        StringBuilder sb = new StringBuilder("category '").append(path).append("'");
        if (module != null) sb.append(": module ").append(module);
        if (topic != null) sb.append(module != null ? ", topic " : ": topic ").append(topic);
        return sb.toString();
    }
}
