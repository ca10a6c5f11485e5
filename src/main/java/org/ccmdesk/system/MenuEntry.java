package org.ccmdesk.system;

/**
 * A link of the main menu: its place ({@code order}, lowest first), its text, its path
 * and who sees it. Unlike a route rule, a {@link Audience#FOCAL_POINT} entry is shown to
 * focal points only: their pages list what concerns their own states, and the secretariat
 * sees all of it elsewhere. {@code keepsAsOf}: the link carries the date the user chose.
 */
public record MenuEntry(int order, String messageKey, String path, Audience audience, boolean keepsAsOf) {
}
