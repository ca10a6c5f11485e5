/**
 * Plumbing only: the contracts through which each module declares who may call its routes
 * and which menu links it adds, the layout, error handling, the clock, the "as of" date
 * of a request, languages. No business rules; depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System", allowedDependencies = {})
package org.ccmdesk.system;
