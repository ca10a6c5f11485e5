package org.ccmdesk.system;

import java.util.List;

/**
 * One page of a long list: the requested page number kept between 1 and the last page,
 * and the rows it covers. {@code page} and {@code pages} are what the pagination of a
 * page shows.
 */
public record PageWindow(int page, int pages, int size, int total) {

    public static PageWindow of(int total, int requestedPage, int size) {
        int pages = Math.max(1, (total + size - 1) / size);
        return new PageWindow(Math.min(Math.max(requestedPage, 1), pages), pages, size, total);
    }

    /** Index of the first row of the page (for a query's offset). */
    public int offset() {
        return (page - 1) * size;
    }

    /** Index after the last row of the page. */
    public int end() {
        return Math.min(offset() + size, total);
    }

    /** The rows of this page of an in-memory list. */
    public <T> List<T> slice(List<T> rows) {
        return rows.subList(offset(), end());
    }
}
