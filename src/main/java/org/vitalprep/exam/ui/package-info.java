/** Attempt views, and the question preview other modules' views (authoring) reuse so previews match exactly. */
@org.springframework.modulith.NamedInterface("ui")
package org.vitalprep.exam.ui;
