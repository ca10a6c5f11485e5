package org.ccmdesk.system;

import java.util.List;

/**
 * The routes a module serves and who may call them; the accounts module turns the rules
 * of every module into the security filter chain, which denies every route without a
 * rule. Rules of different modules must not overlap; within a module the first matching
 * rule wins.
 */
public interface RouteRules {

    List<RouteRule> rules();

}
