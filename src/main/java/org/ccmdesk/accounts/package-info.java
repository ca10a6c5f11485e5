/**
 * Users, roles, the state or organisation a focal point acts for, login and its
 * protection against guessing, password rules and resets, personal API tokens, the
 * security filter chain that enforces the route rules every module declares (deny by
 * default), and the audit log of every change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = { "states", "system" })
package org.ccmdesk.accounts;
