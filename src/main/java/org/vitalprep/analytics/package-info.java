/**
 * Analytics: classical item analysis of quiz and exam responses for instructors (facility, item-rest
 * point-biserial, upper/lower 27% discrimination index, distractor analysis, KR-20 and Cronbach's alpha, SEM, and
 * flags with reasons). The statistics are pure Java on compact arrays ({@code ItemAnalysis} over a
 * {@code ResponseTable}, the module's public API, with no framework imports); which attempts go in (first attempts only or all attempts) is the caller's choice
 * and is carried through to the result as a label.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics")
package org.vitalprep.analytics;
