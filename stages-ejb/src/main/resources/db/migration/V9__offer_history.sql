-- What happened to each offer, by whom and when: created, edited (which fields), published, unpublished,
-- closed as filled, expired, duplicated. The author's name is kept as text, like the applications' history.
create sequence offer_event_seq start with 50 increment by 50;
create table offer_event (
    id bigint primary key,
    offer_id bigint not null references offer (id),
    occurred_at timestamp not null,
    author_id bigint references agent (id),
    author_name varchar(200),
    action varchar(20) not null,
    detail varchar(500)
);
create index offer_event_idx on offer_event (offer_id, occurred_at);
