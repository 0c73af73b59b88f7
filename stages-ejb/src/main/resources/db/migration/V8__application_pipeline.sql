-- The recruitment pipeline of an application: every change of status and every note, with who and when (the
-- author's name is kept as text: the history reads the same after an agent leaves), the interview an
-- application is invited to, and when its status last changed (its last activity, for the lists).
create sequence application_event_seq start with 50 increment by 50;
create table application_event (
    id bigint primary key,
    application_id bigint not null references application (id),
    occurred_at timestamp not null,
    author_id bigint references agent (id),
    author_name varchar(200),
    status_from varchar(20),
    status_to varchar(20),
    note varchar(5000)
);
create index application_event_idx on application_event (application_id, occurred_at);

alter table application add column status_changed_at timestamp;
update application set status_changed_at = received_at;
alter table application add column interview_at timestamp;
alter table application add column interview_minutes integer;
alter table application add column interview_location varchar(300);
alter table application add column interview_contact varchar(300);
create index application_status_idx on application (offer_id, status, status_changed_at);

-- Who the candidate may call about the interview (a name, a phone): written into the invitation.
alter table mail add column event_contact varchar(300);

-- The words a direction's agents start from when they reject or invite: a reason (the name agents choose),
-- a French and an English text; each candidate receives the text in their language.
create sequence message_template_seq start with 50 increment by 50;
create table message_template (
    id bigint primary key,
    direction_id bigint not null references direction (id),
    kind varchar(20) not null,
    name varchar(100) not null,
    text_fr varchar(5000) not null,
    text_en varchar(5000) not null
);
create index message_template_direction_idx on message_template (direction_id, kind);

-- After how many days without an answer a direction's applications are flagged to its agents (and in their
-- daily reminder).
alter table direction add column response_days integer default 15 not null;
