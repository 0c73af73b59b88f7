-- Issue 24: a signed-in candidate's profile (what the forms are filled with, editable) and up to three stored
-- CVs, each a named copy of a checked PDF that only the account holds (an application sent with one gets its own
-- copy: deleting a stored CV never takes a file away from a service).
alter table candidate_account add column first_name varchar(100);
alter table candidate_account add column last_name varchar(100);
alter table candidate_account add column phone varchar(30);
alter table candidate_account add column school varchar(200);
alter table candidate_account add column course varchar(200);
alter table candidate_account add column education_level varchar(20);

create sequence stored_cv_seq start with 50 increment by 50;
create table stored_cv (
    id bigint primary key,
    account_id bigint not null references candidate_account (id),
    name varchar(60) not null,
    document_id bigint not null unique references document (id),
    stored_at timestamp not null
);
create index stored_cv_account_idx on stored_cv (account_id);
