package org.ccmdesk.sponsorship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * An offer to one application: its round, expiry, status ({@code OPEN} while an item is
 * unanswered, {@code ANSWERED}, {@code LAPSED}) and its items.
 */
record Offer(long id, long applicationId, int year, int round, LocalDate expires, String status, String madeBy,
        OffsetDateTime madeAt, List<Item> items) {

    static final String OPEN = "OPEN";

    static final String ANSWERED = "ANSWERED";

    static final String LAPSED = "LAPSED";

    Offer {
        items = List.copyOf(items);
    }

    public Optional<Item> item(CostKind kind) {
        return items.stream().filter(i -> i.kind() == kind).findFirst();
    }

    public BigDecimal total() {
        return items.stream().map(Item::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    public boolean open() {
        return OPEN.equals(status);
    }

    /** One item: its amount in CHF, status, the reason of a decline, what was paid. */
    record Item(long offerId, CostKind kind, BigDecimal amount, ItemStatus status, String reason, String answeredBy,
            OffsetDateTime answeredAt, BigDecimal paid) {
    }

}
