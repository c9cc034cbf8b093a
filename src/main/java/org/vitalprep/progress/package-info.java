/**
 * Learner progress: per-learner tallies by module and exam domain (updated as each answer becomes final, one
 * atomic update per answer), FSRS spaced review, IRT calibration and ability estimates, readiness per
 * certification, and the dashboard.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Learner progress")
package org.vitalprep.progress;
