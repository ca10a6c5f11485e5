package org.ccmdesk.accounts;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A client's address as a person reads it: an IPv6 address in its short form (RFC 5952,
 * "::1" rather than "0:0:0:0:0:0:0:1", lower case, the longest run of zero groups as
 * "::"), anything else as it is. Text only: no name is looked up.
 */
final class ClientAddress {

    private static final Pattern FULL_IPV6 = Pattern.compile("[0-9a-fA-F]{1,4}(:[0-9a-fA-F]{1,4}){7}");

    private ClientAddress() {
    }

    /** {@code address} shortened when it is a full IPv6 address; null stays null. */
    static String shown(String address) {
        if (address == null) {
            return null;
        }
        String plain = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1)
                : address;
        int zone = plain.indexOf('%');
        String scope = zone < 0 ? "" : plain.substring(zone);
        String groups = zone < 0 ? plain : plain.substring(0, zone);
        if (!FULL_IPV6.matcher(groups).matches()) {
            return address;
        }
        String[] parts = groups.split(":");
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < parts.length; i++) {
            int length = 0;
            while (i + length < parts.length && Integer.parseInt(parts[i + length], 16) == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (bestLength > 1 && i == bestStart) {
                out.append(i == 0 ? "::" : ":");
                i += bestLength - 1;
                continue;
            }
            out.append(Integer.toHexString(Integer.parseInt(parts[i], 16)));
            if (i < parts.length - 1) {
                out.append(':');
            }
        }
        return out.toString().toLowerCase(Locale.ROOT) + scope;
    }

}
