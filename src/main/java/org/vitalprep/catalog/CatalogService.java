package org.vitalprep.catalog;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.vitalprep.catalog.internal.ContentCatalog;

import java.util.List;
import java.util.Optional;

/** The study modules and their lessons. Public content: anyone may read it. */
@Service
// Published lessons and modules: open to everyone.
@PreAuthorize("permitAll()")
public class CatalogService {

    private final ContentCatalog catalog;

    CatalogService(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    public List<StudyModule> modules() {
        return catalog.snapshot().modules();
    }

    public Optional<StudyModule> module(String id) {
        return modules().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<Lesson> lesson(String moduleId, String slug) {
        return Optional.ofNullable(catalog.snapshot().lessons().get(moduleId + "/" + slug));
    }
}
