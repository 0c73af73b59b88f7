-- Candidate accounts (issue 24): an account is an address its owner proved by a one-time sign-in link; no
-- password is stored. The applications and spontaneous applications sent with that address join the account.
create sequence candidate_account_seq start with 50 increment by 50;
create table candidate_account (
    id bigint primary key,
    email varchar(254) not null unique,
    language varchar(5) not null,
    created_at timestamp not null,
    last_sign_in_at timestamp not null
);

-- One-time sign-in links: only a hash of the secret is kept; the address and the network (keyed hash) count
-- the requests for the rate limits.
create sequence sign_in_link_seq start with 50 increment by 50;
create table sign_in_link (
    id bigint primary key,
    email varchar(254) not null,
    secret_hash varchar(64) not null unique,
    client_hash varchar(64) not null,
    language varchar(5) not null,
    requested_at timestamp not null,
    expires_at timestamp not null,
    used_at timestamp
);
create index sign_in_link_email_idx on sign_in_link (email, requested_at);
create index sign_in_link_client_idx on sign_in_link (client_hash, requested_at);

alter table application add column account_id bigint references candidate_account (id);
create index application_account_idx on application (account_id);
alter table spontaneous_application add column account_id bigint references candidate_account (id);
create index spontaneous_account_idx on spontaneous_application (account_id);
