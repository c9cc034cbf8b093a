/**
 * Catalog: the study modules and their lessons, read from {@code content/} (in the jar, or the external content
 * directory) and rendered from Markdown to sanitized HTML.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package org.vitalprep.catalog;
