-- Briefing packs: one PDF per meeting with a summary and every invited state's memo, built in the
-- background (Quartz). Progress and each memo are stored as they are built, so that any instance shows
-- the progress and a run interrupted by the stop of its instance continues from what is stored.
create table briefing_pack (
    id            varchar(36)   primary key,
    meeting_id    bigint        not null references meeting (id),
    as_of         date          not null,
    language      varchar(2)    not null,
    total         int           not null,
    done          int           not null,
    status        varchar(20)   not null,
    requested_by  varchar(254)  not null,
    created_at    timestamp with time zone not null,
    finished_at   timestamp with time zone,
    pdf           bytea,
    constraint briefing_pack_status check (status in ('RUNNING', 'DONE', 'FAILED')),
    constraint briefing_pack_language check (language in ('en', 'fr', 'es'))
);

create table briefing_pack_memo (
    pack_id     varchar(36)  not null references briefing_pack (id) on delete cascade,
    state_iso3  char(3)      not null references state (iso3),
    pdf         bytea        not null,
    primary key (pack_id, state_iso3)
);
