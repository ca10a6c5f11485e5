-- A letter job records which instance builds it and when it last made progress, so that a job whose
-- instance stopped can be seen as interrupted and taken over (a compare-and-set on claim).
alter table invitation_letter_job add column instance varchar(120);
alter table invitation_letter_job add column claim varchar(36);
alter table invitation_letter_job add column heartbeat_at timestamp with time zone;
update invitation_letter_job set heartbeat_at = created_at;

-- Each letter as soon as it is built, so that a resumed job continues from the letters already done;
-- deleted when the job is done.
create table invitation_letter_job_letter (
    job_id         varchar(36)  not null references invitation_letter_job (id) on delete cascade,
    invitation_id  bigint       not null,
    pdf            bytea        not null,
    primary key (job_id, invitation_id)
);
