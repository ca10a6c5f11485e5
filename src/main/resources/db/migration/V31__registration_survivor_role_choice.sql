-- Whether the person chose to show their role as a survivor on the public list of participants
-- (issue 17). Off for every profile until the person ticks it: a survivor's role is personal.
alter table participant add column public_survivor_role boolean default false not null;
