package org.vitalprep.classroom;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated competency catalog, e.g. {@code content/competencies/maerb-core.json}.
 *
 * @param source where the structure and facts come from
 * @param note   how programs should use it (map to their current standards)
 * @param areas  content-area numeral to name, in catalog order
 */
public record CompetencyCatalog(String id, String title, int version, String source, String note,
                                Map<String, String> areas, List<Competency> competencies) {

    public CompetencyCatalog {
        areas = Collections.unmodifiableMap(new LinkedHashMap<>(areas));
        competencies = List.copyOf(competencies);
    }

    public Optional<Competency> find(String code) {
        return competencies.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The area's name, or the numeral itself when the catalog does not name it. */
    public String areaName(String area) {
        return areas.getOrDefault(area, area);
    }
}
