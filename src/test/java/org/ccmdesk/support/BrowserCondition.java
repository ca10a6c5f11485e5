package org.ccmdesk.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests need Debian's Chromium; without it they are skipped with a message, or
 * fail where required (CI).
 */
public class BrowserCondition implements ExecutionCondition {

    public static final Path CHROMIUM = Path.of(System.getProperty("ccm.test.chromium", "/usr/bin/chromium"));

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM)) {
            return ConditionEvaluationResult.enabled("Chromium found at " + CHROMIUM);
        }
        String message = "Chromium is not installed at " + CHROMIUM + ": browser tests are skipped. "
                + "Install it with: sudo apt-get install chromium";
        if (TestRequirements.browserRequired()) {
            throw new IllegalStateException(message + " Browser tests are required here (CI or CCM_REQUIRE_BROWSER).");
        }
        System.err.println("SKIPPED: " + message);
        return ConditionEvaluationResult.disabled(message);
    }

}
