package org.ccmdesk.system;

/**
 * A date parameter in a request that is not a valid ISO date (YYYY-MM-DD). Answered with
 * 400.
 */
class InvalidDateParameterException extends RuntimeException {

    private final String parameter;

    private final String value;

    public InvalidDateParameterException(String parameter, String value) {
        super("Parameter '" + parameter + "' must be a date in the format YYYY-MM-DD, got '" + value + "'");
        this.parameter = parameter;
        this.value = value;
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }

}
