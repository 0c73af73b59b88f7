-- Applying online: the CV and letter files (stored in the database, under generated ids, with a checksum;
-- one file shared by the applications a candidate sends together), what the form asks for, and what keeps a
-- submission single (its key) and within rate limits (a keyed hash of the sender's address, never the address).
create sequence document_seq start with 50 increment by 50;

create table document (
    id bigint primary key,
    kind varchar(10) not null,
    file_name varchar(200) not null,
    size_bytes integer not null,
    sha256 varchar(64) not null,
    content bytea not null,
    created_at timestamp not null,
    constraint document_kind_check check (kind in ('CV', 'LETTER')),
    constraint document_size_check check (size_bytes between 1 and 5242880)
);

alter table application add column cv_id bigint;
alter table application add column letter_id bigint;
alter table application add constraint application_cv_fk foreign key (cv_id) references document (id);
alter table application add constraint application_letter_fk foreign key (letter_id) references document (id);
alter table application add column wished_start date;
alter table application add column wished_end date;
alter table application add column convention varchar(10);
alter table application add column talent_pool boolean default false not null;
alter table application add column submission varchar(40);
alter table application add column client_hash varchar(64);

-- one application per person and offer: the last guard against a double click racing itself
create unique index application_candidate_uq on application (offer_id, email);
create index application_email_idx on application (email, received_at);
create index application_client_idx on application (client_hash, received_at);
create index application_submission_idx on application (submission);
