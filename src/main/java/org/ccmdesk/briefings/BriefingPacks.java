package org.ccmdesk.briefings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.ccmdesk.invitations.InvitationService;
import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.obligations.ObligationService;
import org.ccmdesk.sponsorship.SponsorshipOutlook;
import org.ccmdesk.states.StateStatus;
import org.ccmdesk.states.TreatyStatus;
import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.statements.UsePositions;
import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.BackgroundWork;
import org.ccmdesk.system.PdfDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A meeting's briefing pack, built in the background like the invitation letters: the
 * pack and each state's memo PDF are stored as they are built (one row per memo under its
 * primary key), a run builds only the memos not stored yet, and the last step puts the
 * summary and the memos into one PDF.
 */
@Service
class BriefingPacks {

    private static final Logger log = LoggerFactory.getLogger(BriefingPacks.class);

    private final BriefingService briefings;

    private final MemoText text;

    private final PdfDocuments pdfs;

    private final TreatyStatusService states;

    private final ObligationService obligations;

    private final InvitationService invitations;

    private final SponsorshipOutlook sponsorship;

    private final UsePositions uses;

    private final JdbcClient jdbc;

    private final BackgroundWork background;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final TransactionTemplate transactions;

    BriefingPacks(BriefingService briefings, MemoText text, PdfDocuments pdfs, TreatyStatusService states,
            ObligationService obligations, InvitationService invitations, SponsorshipOutlook sponsorship,
            UsePositions uses, JdbcClient jdbc, BackgroundWork background, ApplicationEventPublisher events,
            Clock clock, PlatformTransactionManager transactionManager) {
        this.briefings = briefings;
        this.text = text;
        this.pdfs = pdfs;
        this.states = states;
        this.obligations = obligations;
        this.invitations = invitations;
        this.sponsorship = sponsorship;
        this.uses = uses;
        this.jdbc = jdbc;
        this.background = background;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Records the pack and submits its build in the same transaction; answers its id. */
    @Transactional
    String start(long meetingId, LocalDate chosen, Locale locale) {
        ActingUser user = ActingUser.current()
            .filter(ActingUser::isSecretariat)
            .orElseThrow(() -> new AccessDeniedException("the secretariat builds briefing packs"));
        Meeting meeting = briefings.meeting(meetingId);
        LocalDate asOf = chosen != null ? chosen : briefings.defaultDate(meeting);
        String language = List.of("fr", "es").contains(locale.getLanguage()) ? locale.getLanguage() : "en";
        int total = briefings.statesOf(meeting, asOf).size();
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into briefing_pack (id, meeting_id, as_of, language, total, done, status, requested_by,
                                           created_at)
                values (:id, :meeting, :asOf, :language, :total, 0, 'RUNNING', :by, :now)""")
            .param("id", id)
            .param("meeting", meetingId)
            .param("asOf", asOf)
            .param("language", language)
            .param("total", total)
            .param("by", user.email())
            .param("now", OffsetDateTime.now(clock))
            .update();
        events.publishEvent(AuditedChange.of("briefing_pack", id, "START", null,
                Map.of("meeting", meetingId, "asOf", asOf.toString(), "memos", total), null));
        BriefingPackJob.submit(background, id);
        return id;
    }

    Optional<BriefingPack> find(String id) {
        return jdbc.sql("""
                select id, meeting_id, as_of, language, total, done, status, created_at, finished_at
                  from briefing_pack where id = :id""").param("id", id).query(BriefingPack.class).optional();
    }

    Optional<byte[]> pdf(String id) {
        return jdbc.sql("select pdf from briefing_pack where id = :id and status = 'DONE'")
            .param("id", id)
            .query((rs, n) -> rs.getBytes(1))
            .optional();
    }

    /**
     * Builds the memos not stored yet, then the pack; answers how many memos this run
     * built.
     */
    int build(String id) {
        int built = 0;
        try {
            BriefingPack pack = find(id).filter(BriefingPack::isRunning).orElse(null);
            if (pack == null) {
                return 0;
            }
            Locale locale = Locale.forLanguageTag(pack.language());
            Meeting meeting = briefings.meeting(pack.meetingId());
            List<String> codes = briefings.statesOf(meeting, pack.asOf());
            Set<String> stored = new HashSet<>(jdbc.sql("select state_iso3 from briefing_pack_memo where pack_id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getString(1).trim())
                .list());
            MemoText.Words w = text.in(locale);
            for (String iso3 : codes) {
                if (stored.contains(iso3)) {
                    continue;
                }
                BriefingMemo memo = briefings.memo(meeting, iso3, pack.asOf(), locale, false);
                byte[] pdf = pdfs.render("briefings/memo-print", locale,
                        Map.of("views", List.of(MemoText.View.of(memo, w)), "w", w));
                try {
                    if (!Boolean.TRUE.equals(transactions.execute(status -> {
                        jdbc.sql("insert into briefing_pack_memo (pack_id, state_iso3, pdf) values (:id, :iso3, :pdf)")
                            .param("id", id)
                            .param("iso3", iso3)
                            .param("pdf", pdf)
                            .update();
                        int running = jdbc.sql("""
                                update briefing_pack
                                   set done = (select count(*) from briefing_pack_memo where pack_id = :id)
                                 where id = :id and status = 'RUNNING'""").param("id", id).update();
                        if (running == 0) {
                            status.setRollbackOnly();
                        }
                        return running == 1;
                    }))) {
                        return built;
                    }
                    built++;
                }
                catch (DuplicateKeyException storedByAnotherRun) {
                    log.info("The memo of {} in pack {} was stored by another run", iso3, id);
                }
            }
            finish(pack, meeting, codes, locale, w);
            return built;
        }
        catch (IOException | RuntimeException e) {
            log.error("Building briefing pack {} failed", id, e);
            jdbc.sql("""
                    update briefing_pack set status = 'FAILED', finished_at = :now
                     where id = :id and status = 'RUNNING'""")
                .param("now", OffsetDateTime.now(clock))
                .param("id", id)
                .update();
            return built;
        }
    }

    private void finish(BriefingPack pack, Meeting meeting, List<String> codes, Locale locale, MemoText.Words w)
            throws IOException {
        Map<String, byte[]> memos = new HashMap<>();
        jdbc.sql("select state_iso3, pdf from briefing_pack_memo where pack_id = :id")
            .param("id", pack.id())
            .query((RowCallbackHandler) rs -> memos.put(rs.getString(1).trim(), rs.getBytes(2)));
        byte[] summary = pdfs.render("briefings/memo-print", locale,
                Map.of("views", List.of(), "w", w, "summary", summary(meeting, codes, pack.asOf(), locale)));
        PDFMergerUtility merger = new PDFMergerUtility();
        merger.addSource(new RandomAccessReadBuffer(summary));
        for (String iso3 : codes) {
            byte[] pdf = memos.get(iso3);
            if (pdf == null) {
                throw new IllegalStateException("The memo of " + iso3 + " in pack " + pack.id() + " is missing");
            }
            merger.addSource(new RandomAccessReadBuffer(pdf));
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        merger.setDestinationStream(all);
        merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                    update briefing_pack set status = 'DONE', done = :done, pdf = :pdf, finished_at = :now
                     where id = :id and status = 'RUNNING'""")
                .param("done", codes.size())
                .param("pdf", all.toByteArray())
                .param("now", OffsetDateTime.now(clock))
                .param("id", pack.id())
                .update();
            jdbc.sql("delete from briefing_pack_memo where pack_id = :id").param("id", pack.id()).update();
        });
    }

    PackSummary summary(Meeting meeting, List<String> codes, LocalDate asOf, Locale locale) {
        Set<String> invited = new HashSet<>(codes);
        Map<TreatyStatus, Long> byStatus = new EnumMap<>(TreatyStatus.class);
        for (StateStatus s : states.statusOfAll(asOf, locale)) {
            if (invited.contains(s.iso3())) {
                byStatus.merge(s.status(), 1L, Long::sum);
            }
        }
        Map<String, Long> overdue = new TreeMap<>();
        obligations.overdue(asOf, locale)
            .stream()
            .filter(o -> invited.contains(o.iso3()))
            .forEach(o -> overdue.merge(o.themeName(), 1L, Long::sum));
        long sponsored = codes.stream()
            .mapToLong(c -> sponsorship.applications(meeting.id(), c)
                .stream()
                .filter(a -> "OFFERED".equals(a.outcome()))
                .count())
            .sum();
        long condemning = codes.stream()
            .filter(c -> uses.of(c, asOf).stream().anyMatch(UsePositions.Position::condemned))
            .count();
        return new PackSummary(meetings(meeting, locale), asOf, byStatus, overdue,
                invitations.funnel(meeting.id()).total(), sponsored, condemning);
    }

    private String meetings(Meeting meeting, Locale locale) {
        return briefings.localizedName(meeting, locale);
    }

}
