-- Jobs that must run once a day whatever the number of instances (the agents' daily reminder): the first
-- instance to write the day's row runs it, the others find it written and do nothing.
create table daily_run (
    name varchar(40) not null,
    run_day date not null,
    claimed_at timestamp not null,
    primary key (name, run_day)
);
