-- From which date CCM Desk's records of a rule are complete, set by the secretariat. An
-- unmet deadline before that date (or of a rule without the date) is "no record", not
-- "overdue": CCM Desk does not know whether the state met it.
alter table obligation_rule add column records_complete_from date;
