-- The language a participant reads CCM Desk's messages in: en, fr or es (the Convention's working languages).
-- Profiles written before it was asked for are in English until the person chooses.
alter table participant add column language varchar(5) default 'en' not null;
