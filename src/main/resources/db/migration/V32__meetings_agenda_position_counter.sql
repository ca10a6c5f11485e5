-- The last position given on each meeting's agenda: a new item takes the next one by
-- incrementing this counter on the meeting's row (which locks it), never by reading
-- max(position) back. Started from the items already there.
alter table meeting add column agenda_positions int default 0 not null;
update meeting set agenda_positions = coalesce((select max(a.position) from agenda_item a where a.meeting_id = meeting.id), 0);
