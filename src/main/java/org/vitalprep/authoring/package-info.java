/**
 * Authoring: instructors write questions in an editor checked by the bank validator, take them through draft,
 * review, published and retired (publishing stores a new immutable version; attempts keep theirs), and convert
 * question files between the native bank format, Moodle XML, GIFT, Aiken and CSV (pure logic in
 * {@code internal.formats}; {@link org.vitalprep.authoring.ConvertCommand} on the command line). Imported items
 * become drafts, each checked by the bank validator.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Authoring")
package org.vitalprep.authoring;
