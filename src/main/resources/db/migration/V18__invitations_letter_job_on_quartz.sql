-- The letter batch runs on Quartz (clustered JDBC store, recovery requested): Quartz knows which instance
-- runs it and recovers it when that instance stops, so the job no longer keeps its own instance, claim and
-- heartbeat. Its per-letter rows (invitation_letter_job_letter) stay: a recovered run continues from them.
alter table invitation_letter_job drop column instance;
alter table invitation_letter_job drop column claim;
alter table invitation_letter_job drop column heartbeat_at;
