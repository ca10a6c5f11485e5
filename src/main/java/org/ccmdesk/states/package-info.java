/**
 * States and organisations that can take part, the treaty events of each state
 * (signature, deposit of an instrument, withdrawal) and the status derived from them as
 * of any date. Uses no other business module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "States", allowedDependencies = "system")
package org.ccmdesk.states;
