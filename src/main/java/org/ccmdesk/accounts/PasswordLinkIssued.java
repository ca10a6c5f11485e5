package org.ccmdesk.accounts;

/**
 * A one-time link to set a password was issued (for a new account, or a new password):
 * the messages module sends it to the user. {@code link} is absolute and valid for 24
 * hours, once; {@code tokenId} tells one issued link from another. Published in the
 * transaction that issues the link, so no link is sent that was not stored.
 */
public record PasswordLinkIssued(long userId, long tokenId, String email, String name, String language, String link,
        boolean newAccount) {
}
