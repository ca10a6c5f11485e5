package org.ccmdesk.accounts;

/**
 * How to write to a person who has an account: the address, the name, the language they
 * read messages in ({@code en}, {@code fr} or {@code es}) and whether the account may
 * sign in (a disabled account receives nothing but account messages).
 */
public record AccountContact(long userId, String email, String name, String language, boolean enabled) {
}
