-- Issue 24: saved searches sent as alerts by mail. An alert is a public search (its normalized query string)
-- with a name and a rhythm, for an address: a signed-in candidate's (proved) or anyone's, confirmed by a double
-- opt-in link. last_run_at is the cut: a digest lists only offers published after it, so never an offer twice.
create sequence search_alert_seq start with 50 increment by 50;
create table search_alert (
    id bigint primary key,
    email varchar(254) not null,
    account_id bigint references candidate_account (id),
    name varchar(60) not null,
    query varchar(1000) not null,
    frequency varchar(10) not null,
    language varchar(5) not null,
    created_at timestamp not null,
    confirmed_at timestamp,
    last_run_at timestamp,
    constraint search_alert_frequency_check check (frequency in ('DAILY', 'WEEKLY'))
);
create index search_alert_email_idx on search_alert (email);
create index search_alert_account_idx on search_alert (account_id);
create index search_alert_due_idx on search_alert (confirmed_at, id);

alter table mail add column alert_id bigint;
