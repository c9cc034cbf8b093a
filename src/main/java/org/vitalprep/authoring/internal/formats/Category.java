package org.vitalprep.authoring.internal.formats;

import java.util.ArrayList;
import java.util.List;

/**
 * A Moodle question category path ("$course$/top/Phlebotomy/Order of draw"; "//" is a slash inside a name), as
 * Moodle XML category pseudo-questions and GIFT's {@code $CATEGORY:} give it. The deepest segment naming a
 * VitalPrep module sets the module; the last segment, unless it names a module or is Moodle's "Default for ...",
 * becomes the topic slug.
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
        String module = null;
        for (String seg : segments) {
            String slug = Slugs.slug(seg, 80);
            if (slug != null && ImportOptions.MODULES.contains(slug)) module = slug;
        }
        String topic = null;
        if (!segments.isEmpty()) {
            String last = segments.getLast();
            String slug = Slugs.slug(last, 80);
            if (slug != null && !ImportOptions.MODULES.contains(slug) && !last.startsWith("Default for ")) topic = slug;
        }
        return new Category(String.join("/", segments), module, topic);
    }

    /** "$course$/top/Title/module/topic" for writers; slashes inside names doubled. */
    static String pathFor(String title, String module, String topic) {
        StringBuilder sb = new StringBuilder("$course$/top/").append(title.replace("/", "//")).append('/').append(module);
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
