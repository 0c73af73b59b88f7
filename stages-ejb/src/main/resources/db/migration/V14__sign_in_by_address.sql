-- Sign-in failures are counted by network address too (a keyed hash of it, as for the applications), and the
-- addresses from which each login has signed in are remembered: a login whose password someone is guessing from
-- elsewhere stays open to its agent from where they usually work, instead of being locked for everyone.
alter table login_failure add column client_hash varchar(64);
create index login_failure_client_idx on login_failure (client_hash, failed_at);

create sequence known_address_seq start with 50 increment by 50;
create table known_address (
    id bigint primary key,
    login varchar(254) not null,
    client_hash varchar(64) not null,
    last_success timestamp not null,
    constraint known_address_unique unique (login, client_hash)
);

-- Forgotten-password requests by network address (keyed hash), whatever the login asked for: one address cannot
-- make the platform send links to every agent in turn.
create sequence reset_request_seq start with 50 increment by 50;
create table reset_request (
    id bigint primary key,
    client_hash varchar(64) not null,
    requested_at timestamp not null
);
create index reset_request_idx on reset_request (client_hash, requested_at);
