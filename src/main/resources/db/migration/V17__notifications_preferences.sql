-- Each person's choice of the messages they receive, keyed by the lower-cased e-mail address rather than by
-- account: a stop link works the same for an address without an account (a mission's address, a participant
-- who never signed in) and for a focal point, and the page of a signed-in user reads the same rows.
-- One row per topic the address does not want (ACCOUNT and SYSTEM are never stored: they cannot be stopped).
create table mail_stopped_topic (
    email       varchar(254)  not null,
    topic       varchar(40)   not null,
    stopped_at  timestamp with time zone not null,
    stopped_by  varchar(10)   not null,
    constraint mail_stopped_topic_key primary key (email, topic),
    constraint mail_stopped_topic_topic check (topic in ('INVITATIONS', 'REGISTRATION', 'OBLIGATION_REMINDERS',
        'SPONSORSHIP', 'STATEMENTS')),
    constraint mail_stopped_topic_by check (stopped_by in ('LINK', 'PAGE'))
);

-- How obligation reminders come to an address: one by one (no row, the default) or as a weekly digest.
create table mail_reminder_digest (
    email       varchar(254)  not null primary key,
    chosen_at   timestamp with time zone not null
);

-- The key that signs stop links, shared by every instance: created at random on first use, the primary key
-- making sure that two instances starting together keep one.
create table notifications_secret (
    name        varchar(40)   not null primary key,
    secret      varchar(200)  not null,
    created_at  timestamp with time zone not null
);

-- The stop link of a message, for its List-Unsubscribe header (null: the message cannot be stopped).
alter table mail_message add column stop_link varchar(1000);
