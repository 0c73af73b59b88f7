-- Failed logins, to slow down guessing (a login is refused for a while after too many failures), and the
-- single-use, expiring links that let an agent set a password (forgotten, or a new account's first one). Only a
-- hash of each link's secret is stored.
create sequence login_failure_seq start with 50 increment by 50;
create table login_failure (
    id bigint primary key,
    login varchar(254) not null,
    failed_at timestamp not null
);
create index login_failure_idx on login_failure (login, failed_at);

create sequence password_link_seq start with 50 increment by 50;
create table password_link (
    id bigint primary key,
    agent_id bigint not null references agent (id),
    secret_hash varchar(64) not null unique,
    expires_at timestamp not null,
    used_at timestamp
);
