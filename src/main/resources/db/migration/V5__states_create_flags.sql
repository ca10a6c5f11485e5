-- Facts about a state that decide which obligations apply: held cluster munitions at entry into
-- force, contaminated areas at entry into force, cluster munition victims. YES, NO or UNKNOWN
-- (no row), each with a source; shipped ones come from reference/treaty/affected_2014.csv.
create table state_flag (
    state_iso3          char(3)       not null references state (iso3),
    flag                varchar(40)   not null,
    flag_value          varchar(10)   not null,
    source              varchar(2000) not null,
    shipped             boolean       not null,
    reported_by_state   boolean       not null,
    recorded_by         varchar(254),
    recorded_at         timestamp with time zone not null,
    primary key (state_iso3, flag),
    constraint state_flag_flag check (flag in ('HELD_STOCKPILES_AT_EIF', 'CONTAMINATED_AT_EIF', 'HAS_VICTIMS')),
    constraint state_flag_value check (flag_value in ('YES', 'NO', 'UNKNOWN'))
);
