package org.ccmdesk.states;

import org.ccmdesk.system.NotFoundException;

/** No state is known by that code: a 404 on pages and in the API. */
public class UnknownStateException extends NotFoundException {

    public UnknownStateException(String code) {
        super("error.unknownState", code);
    }

}
