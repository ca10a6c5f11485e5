package org.ccmdesk.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One Chromium for every browser test class of the run: starting Playwright's driver and
 * the browser takes seconds, and each test opens its own browser contexts anyway. The
 * browser lives in the root store, which closes it when the run ends.
 */
public class SharedBrowser implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedBrowser.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
            .getStore(NAMESPACE)
            .computeIfAbsent(Browser.class, type -> new Browser(), Browser.class);
    }

}
