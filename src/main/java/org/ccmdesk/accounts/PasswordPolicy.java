package org.ccmdesk.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password rules: at least 12 characters (at most 200), not the e-mail address, not
 * one of the common passwords of accounts/common-passwords.txt. Answers the keys of the
 * broken rules.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    List<String> problems(String password, String email) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add("password.tooShort");
            return problems;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (email != null && !email.isBlank()) {
            String address = email.trim().toLowerCase(Locale.ROOT);
            String localPart = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
            if (lower.equals(address) || lower.equals(localPart)) {
                problems.add("password.isEmail");
            }
        }
        if (common.contains(lower)) {
            problems.add("password.common");
        }
        return problems;
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>(60_000);
        ClassPathResource resource = new ClassPathResource("accounts/common-passwords.txt");
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    passwords.add(line.trim());
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of common passwords", e);
        }
        return passwords;
    }

}
