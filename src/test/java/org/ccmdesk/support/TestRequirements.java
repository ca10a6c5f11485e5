package org.ccmdesk.support;

/**
 * Whether a missing PostgreSQL or Chromium may skip its tests. On a developer's machine
 * it may (with a message saying why); in CI ({@code CI=true}) or with
 * {@code CCM_REQUIRE_POSTGRES} / {@code CCM_REQUIRE_BROWSER} set to true it may not: the
 * test fails instead.
 */
public final class TestRequirements {

    private TestRequirements() {
    }

    public static boolean postgresRequired() {
        return flag("CCM_REQUIRE_POSTGRES") || flag("CI");
    }

    public static boolean browserRequired() {
        return flag("CCM_REQUIRE_BROWSER") || flag("CI");
    }

    private static boolean flag(String name) {
        String value = System.getenv(name);
        return value != null && (value.equalsIgnoreCase("true") || value.equals("1"));
    }

}
