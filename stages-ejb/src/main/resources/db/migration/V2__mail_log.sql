-- Mail log: one row per mail the platform sends, from queued to sent or failed. The JMS message that asks
-- for the sending carries only the row's id. Related offer and application are plain ids, not foreign keys:
-- the log must outlive what it talks about.
create sequence mail_seq start with 50 increment by 50;

create table mail (
    id bigint primary key,
    version bigint not null,
    kind varchar(40) not null,
    recipient varchar(254) not null,
    recipient_name varchar(200),
    language varchar(5) not null,
    reply_to varchar(254),
    offer_id bigint,
    application_id bigint,
    status varchar(20) not null,
    attempts integer not null,
    last_error varchar(2000),
    queued_at timestamp not null,
    next_attempt_at timestamp,
    sent_at timestamp,
    constraint mail_status_check check (status in ('QUEUED', 'SENT', 'FAILED'))
);
create index mail_status_idx on mail (status, queued_at);
create index mail_application_idx on mail (application_id);
