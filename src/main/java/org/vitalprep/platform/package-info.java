/**
 * Platform: the embedded MongoDB, database health, the app shell ({@link org.vitalprep.platform.MainLayout})
 * and shared configuration. Every other module may use it; it depends on none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.vitalprep.platform;
