-- The language a person reads CCM Desk's messages in: en, fr or es (the Convention's working languages).
alter table app_user add column language varchar(5) default 'en' not null;
