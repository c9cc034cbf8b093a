/**
 * Identity: who is using VitalPrep. Security configuration, the login view, the admin account from configuration,
 * and {@link org.vitalprep.identity.CurrentUser}. Learners without an account practise under a private,
 * cookie-bound learner id (accounts and self-registration come with the accounts-and-security work).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.vitalprep.identity;
