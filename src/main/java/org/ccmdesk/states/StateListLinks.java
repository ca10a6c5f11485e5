package org.ccmdesk.states;

import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

/** Links of the states list that keep the chosen date, filters, order and page size. */
record StateListLinks(String asOf, StateListFilter filter, int size) {

    public String sort(String column) {
        boolean flip = column.equals(filter.sortOrDefault()) && !filter.descending();
        return base("/states").queryParam("sort", column)
            .queryParam("dir", flip ? "desc" : "asc")
            .queryParam("size", size)
            .encode()
            .build()
            .toUriString();
    }

    public String page(int page) {
        return withOrder(base("/states")).queryParam("size", size)
            .queryParam("page", page)
            .encode()
            .build()
            .toUriString();
    }

    /** The first page with {@code rows} rows per page. */
    public String withSize(int rows) {
        return withOrder(base("/states")).queryParam("size", rows).encode().build().toUriString();
    }

    public String csv() {
        return withOrder(base("/states.csv")).encode().build().toUriString();
    }

    /** The ariaSort value of a column header: ascending, descending or none. */
    public String ariaSort(String column) {
        if (!column.equals(filter.sortOrDefault())) {
            return "none";
        }
        return filter.descending() ? "descending" : "ascending";
    }

    private UriComponentsBuilder withOrder(UriComponentsBuilder builder) {
        return builder.queryParamIfPresent("sort", Optional.ofNullable(filter.sort()))
            .queryParamIfPresent("dir", Optional.ofNullable(filter.dir()));
    }

    private UriComponentsBuilder base(String path) {
        return UriComponentsBuilder.fromPath(path)
            .queryParamIfPresent("asOf", Optional.ofNullable(asOf))
            .queryParamIfPresent("status", Optional.ofNullable(filter.status()))
            .queryParamIfPresent("group", blank(filter.group()))
            .queryParamIfPresent("region", blank(filter.region()))
            .queryParamIfPresent("q", blank(filter.q()));
    }

    private static Optional<String> blank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
