package org.ccmdesk.sponsorship;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.ccmdesk.accounts.AuditLog;
import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.registration.RegisteredPeople;
import org.ccmdesk.registration.RegisteredPerson;
import org.ccmdesk.states.StateStatus;
import org.ccmdesk.states.TreatyStatusService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the ledger page and the programme report show: the year's totals, funds by donor,
 * every movement of money from the audit log; and the delegates sponsored (an accepted or
 * paid item) by state, region and gender, the cost by item and in total, the donors.
 */
@Component
@Transactional(readOnly = true)
class Reports {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SponsorshipQueries queries;

    private final Ledger ledger;

    private final AuditLog audit;

    private final MeetingService meetings;

    private final RegisteredPeople people;

    private final TreatyStatusService states;

    Reports(SponsorshipQueries queries, Ledger ledger, AuditLog audit, MeetingService meetings, RegisteredPeople people,
            TreatyStatusService states) {
        this.queries = queries;
        this.ledger = ledger;
        this.audit = audit;
        this.meetings = meetings;
        this.people = people;
        this.states = states;
    }

    /** A donor's contributions in CHF. */
    record DonorTotal(String donor, BigDecimal received, BigDecimal pledged) {

        public BigDecimal total() {
            return received.add(pledged);
        }

    }

    /** One movement of the year's money, after which the totals were these. */
    record Movement(OffsetDateTime at, String actor, String action, Map<String, Object> values) {

        public Object value(String key) {
            return values.get(key);
        }

        /** What the movement was about: the fund, offer, item, amounts. */
        public String detail() {
            List<String> parts = new ArrayList<>();
            for (String key : List.of("fund", "donor", "offer", "application", "item", "items", "amount", "chf", "paid",
                    "why", "proposedNext")) {
                Object value = values.get(key);
                if (value != null) {
                    parts.add(key + "=" + value);
                }
            }
            return String.join(", ", parts);
        }

    }

    record LedgerView(Programme programme, ProgrammeTotals totals, List<Fund> funds, List<DonorTotal> donors,
            List<Movement> movements) {
    }

    LedgerView ledger(int year) {
        Programme programme = queries.programme(year)
            .orElseThrow(() -> new org.ccmdesk.system.NotFoundException("sponsorship.programmeNotFound", year));
        List<Fund> funds = queries.funds(year);
        List<Movement> movements = new ArrayList<>();
        for (AuditLog.Entry e : audit.of(Ledger.ENTITY, String.valueOf(year))) {
            movements.add(new Movement(e.occurredAt(), e.actor(), e.action(), parse(e.newValue())));
        }
        return new LedgerView(programme, ledger.totals(year), funds, donors(funds), movements);
    }

    static List<DonorTotal> donors(List<Fund> funds) {
        Map<String, BigDecimal[]> byDonor = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Fund f : funds) {
            BigDecimal[] sums = byDonor.computeIfAbsent(f.donor(), k -> new BigDecimal[] { Money.ZERO, Money.ZERO });
            int i = f.status() == FundStatus.RECEIVED ? 0 : 1;
            sums[i] = sums[i].add(f.amountChf());
        }
        return byDonor.entrySet()
            .stream()
            .map(e -> new DonorTotal(e.getKey(), e.getValue()[0], e.getValue()[1]))
            .toList();
    }

    /**
     * One sponsored delegate: who (for the secretariat), where from, and the cost by
     * item.
     */
    record Delegate(long applicationId, long meetingId, String name, String iso3, String state, String region,
            String gender, Map<CostKind, BigDecimal> cost) {

        public BigDecimal total() {
            return cost.values().stream().reduce(Money.ZERO, BigDecimal::add);
        }

    }

    /** The programme report of a year, or of one meeting when {@code meeting} is set. */
    record Report(int year, Meeting meeting, List<Meeting> meetings, List<Delegate> delegates,
            Map<String, Integer> byState, Map<String, Integer> byRegion, Map<String, Integer> byGender,
            Map<CostKind, BigDecimal> costByItem, BigDecimal totalCost, List<DonorTotal> donors) {

        public int states() {
            return byState.size();
        }

    }

    Report report(int year, Long meetingId, Locale locale) {
        queries.programme(year)
            .orElseThrow(() -> new org.ccmdesk.system.NotFoundException("sponsorship.programmeNotFound", year));
        List<Long> meetingIds = meetingId == null ? queries.callMeetings(year) : List.of(meetingId);
        Map<String, StateStatus> stateOf = new LinkedHashMap<>();
        List<Meeting> covered = new ArrayList<>();
        List<Delegate> delegates = new ArrayList<>();
        for (long id : meetingIds) {
            Meeting meeting = meetings.find(id, locale).orElseThrow();
            covered.add(meeting);
            if (stateOf.isEmpty()) {
                states.statusOfAll(meeting.firstDay(), locale).forEach(s -> stateOf.put(s.iso3(), s));
            }
            Map<Long, RegisteredPerson> persons = new LinkedHashMap<>();
            people.ofMeeting(id).forEach(p -> persons.put(p.registrationId(), p));
            Map<Long, List<Offer>> offers = queries.offersOfMeeting(id);
            for (Application a : queries.applications(id)) {
                Map<CostKind, BigDecimal> cost = new EnumMap<>(CostKind.class);
                for (Offer o : offers.getOrDefault(a.id(), List.of())) {
                    for (Offer.Item i : o.items()) {
                        if (i.status() == ItemStatus.PAID) {
                            cost.merge(i.kind(), i.paid(), BigDecimal::add);
                        }
                        else if (i.status() == ItemStatus.ACCEPTED) {
                            cost.merge(i.kind(), i.amount(), BigDecimal::add);
                        }
                    }
                }
                if (cost.isEmpty()) {
                    continue;
                }
                RegisteredPerson p = persons.get(a.registrationId());
                StateStatus s = stateOf.get(a.iso3());
                delegates.add(new Delegate(a.id(), id, p == null ? "" : p.name(), a.iso3(),
                        s == null ? a.iso3() : s.name(), s == null ? "" : s.region(),
                        p == null || p.gender() == null ? "UNKNOWN" : p.gender(), cost));
            }
        }
        Map<String, Integer> byState = new TreeMap<>();
        Map<String, Integer> byRegion = new TreeMap<>();
        Map<String, Integer> byGender = new TreeMap<>();
        Map<CostKind, BigDecimal> byItem = new EnumMap<>(CostKind.class);
        for (CostKind kind : CostKind.values()) {
            byItem.put(kind, Money.ZERO);
        }
        BigDecimal total = Money.ZERO;
        for (Delegate d : delegates) {
            byState.merge(d.state(), 1, Integer::sum);
            byRegion.merge(d.region(), 1, Integer::sum);
            byGender.merge(d.gender(), 1, Integer::sum);
            d.cost().forEach((k, v) -> byItem.merge(k, v, BigDecimal::add));
            total = total.add(d.total());
        }
        List<Fund> funds = queries.funds(year)
            .stream()
            .filter(f -> meetingId == null || f.meetingId() == null || f.meetingId().equals(meetingId))
            .toList();
        return new Report(year, meetingId == null ? null : covered.get(0), covered, delegates, byState, byRegion,
                byGender, byItem, total, donors(funds));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        return JSON.readValue(json, LinkedHashMap.class);
    }

}
