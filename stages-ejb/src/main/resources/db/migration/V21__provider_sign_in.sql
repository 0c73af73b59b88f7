-- OpenID Connect sign-in of candidates (issue 24): one row per sign-in begun at the provider. The state names it
-- in the provider's answer (only its hash is kept), the browser that began it holds a secret in a cookie (hash
-- kept), the nonce and the PKCE verifier are checked when the provider's answer comes back; used once, within
-- ten minutes; the network (keyed hash) counts the attempts for the rate limit. Forgotten after a day.
create sequence provider_sign_in_seq start with 50 increment by 50;
create table provider_sign_in (
    id bigint primary key,
    state_hash varchar(64) not null unique,
    browser_hash varchar(64) not null,
    nonce varchar(64) not null,
    verifier varchar(64) not null,
    client_hash varchar(64) not null,
    language varchar(5) not null,
    started_at timestamp not null,
    expires_at timestamp not null,
    used_at timestamp
);
create index provider_sign_in_client_idx on provider_sign_in (client_hash, started_at);
