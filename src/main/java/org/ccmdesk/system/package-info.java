/**
 * Plumbing only: security, layout, error handling, the clock, the "as of" date of a request,
 * languages. No business rules; depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System", allowedDependencies = {})
package org.ccmdesk.system;
