package org.ccmdesk.states;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One name of a state in one language: the short name (as in lists and running text), the
 * formal name (as in a letter's address), the French article that goes with it
 * ({@code le}, {@code la}, {@code l'}, {@code les}, or none; in English {@code the} or
 * none) and, for a former name, the day its successor took effect ({@code validUntil},
 * exclusive) with how sure that day is ({@code EXACT}, or {@code NOT_BEFORE} when the
 * source only bounds it) and its source. The French forms with prepositions come from the
 * article, never from the spelling: "de la France", "du Mexique", "des États-Unis
 * d'Amérique", "de l'Iraq", "d'Israël".
 */
public record StateName(String language, String name, String formalName, String article, LocalDate validUntil,
        String dateBasis, String source) {

    /** Whether this name was in use on {@code date}. */
    public boolean usedOn(LocalDate date) {
        return validUntil == null || date.isBefore(validUntil);
    }

    public boolean current() {
        return validUntil == null;
    }

    /**
     * "la France", "l'Iraq", "les Philippines", "Cuba"; in English "the United States of
     * America", "France".
     */
    public String withArticle() {
        if (article == null || article.isBlank()) {
            return name;
        }
        return article.endsWith("'") ? article + name : article + " " + name;
    }

    /** The name after "de": "de la France", "du Mexique", "des Comores", "d'Israël". */
    public String withDe() {
        return combined("de", "du", "des");
    }

    /** The name after "à": "à la France", "au Mexique", "aux Comores", "à Cuba". */
    public String withA() {
        return combined("à", "au", "aux");
    }

    /** The formal name, else the short one. */
    public String formalOrName() {
        return formalName == null || formalName.isBlank() ? name : formalName;
    }

    private String combined(String preposition, String withLe, String withLes) {
        String a = article == null ? "" : article;
        return switch (a) {
            case "le" -> withLe + " " + name;
            case "les" -> withLes + " " + name;
            case "la", "l'" -> preposition + " " + withArticle();
            default -> "de".equals(preposition) && startsWithVowel(name) ? "d'" + name : preposition + " " + name;
        };
    }

    private static boolean startsWithVowel(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String first = java.text.Normalizer.normalize(text.substring(0, 1), java.text.Normalizer.Form.NFD)
            .substring(0, 1)
            .toLowerCase(Locale.ROOT);
        return "aeiouy".contains(first);
    }

}
