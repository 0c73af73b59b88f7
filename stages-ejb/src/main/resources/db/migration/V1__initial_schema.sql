-- Stages initial schema. Portable SQL: the same file runs on H2 2.2 and PostgreSQL 15.
-- Ids come from one sequence per table, incremented by 50 as the entities' allocationSize says.

create sequence direction_seq start with 50 increment by 50;
create sequence service_seq start with 50 increment by 50;
create sequence job_family_seq start with 50 increment by 50;
create sequence place_seq start with 50 increment by 50;
create sequence agent_seq start with 50 increment by 50;
create sequence offer_seq start with 50 increment by 50;
create sequence application_seq start with 50 increment by 50;
create sequence spontaneous_seq start with 50 increment by 50;

create table direction (
    id bigint primary key,
    code varchar(20) not null unique,
    name varchar(200) not null,
    presentation varchar(4000)
);

create table service (
    id bigint primary key,
    direction_id bigint not null references direction (id),
    name varchar(200) not null,
    address varchar(300),
    unique (direction_id, name)
);

create table job_family (
    id bigint primary key,
    name varchar(200) not null unique
);

create table place (
    id bigint primary key,
    code varchar(20) not null unique,
    name varchar(200) not null,
    postal_code varchar(10) not null,
    latitude numeric(9, 6),
    longitude numeric(9, 6)
);

create table agent (
    id bigint primary key,
    login varchar(254) not null unique,
    password_hash varchar(300) not null,
    display_name varchar(200) not null,
    email varchar(254) not null,
    role varchar(20) not null,
    direction_id bigint references direction (id),
    service_id bigint references service (id),
    active boolean not null,
    constraint agent_role_check check (role in ('agent', 'correspondent', 'office')),
    -- agents and correspondents belong to a direction; the internship office sees every direction
    constraint agent_direction_check check (role = 'office' or direction_id is not null)
);

create table offer (
    id bigint primary key,
    version bigint not null,
    reference varchar(20) not null unique,
    status varchar(20) not null,
    title varchar(200) not null,
    missions varchar(10000) not null,
    profile varchar(10000) not null,
    direction_id bigint not null references direction (id),
    service_id bigint references service (id),
    job_family_id bigint not null references job_family (id),
    place_id bigint not null references place (id),
    address varchar(300),
    start_date date not null,
    duration_weeks integer not null,
    weekly_hours integer not null,
    paid boolean not null,
    education_level varchar(20) not null,
    remote_possible boolean not null,
    positions integer not null,
    application_deadline date not null,
    contact_email varchar(254),
    author_id bigint references agent (id),
    created_at timestamp not null,
    updated_at timestamp not null,
    published_at timestamp,
    constraint offer_status_check check (status in ('DRAFT', 'PUBLISHED', 'UNPUBLISHED', 'FILLED', 'EXPIRED')),
    constraint offer_duration_check check (duration_weeks between 1 and 26),
    constraint offer_hours_check check (weekly_hours between 1 and 35),
    constraint offer_positions_check check (positions >= 1)
);
create index offer_public_idx on offer (status, application_deadline);
create index offer_direction_idx on offer (direction_id, status);
create index offer_published_at_idx on offer (published_at desc);

create table application (
    id bigint primary key,
    reference varchar(20) not null unique,
    offer_id bigint not null references offer (id),
    status varchar(20) not null,
    first_name varchar(100) not null,
    last_name varchar(100) not null,
    email varchar(254) not null,
    phone varchar(30),
    school varchar(200) not null,
    course varchar(200) not null,
    education_level varchar(20) not null,
    message varchar(5000),
    language varchar(5) not null,
    received_at timestamp not null
);
create index application_offer_idx on application (offer_id, received_at);

create table spontaneous_application (
    id bigint primary key,
    reference varchar(20) not null unique,
    first_name varchar(100) not null,
    last_name varchar(100) not null,
    email varchar(254) not null,
    phone varchar(30),
    school varchar(200) not null,
    course varchar(200) not null,
    education_level varchar(20) not null,
    wished_start date,
    wished_weeks integer,
    message varchar(5000),
    language varchar(5) not null,
    received_at timestamp not null
);

create table spontaneous_direction (
    spontaneous_id bigint not null references spontaneous_application (id),
    direction_id bigint not null references direction (id),
    primary key (spontaneous_id, direction_id)
);

create table spontaneous_job_family (
    spontaneous_id bigint not null references spontaneous_application (id),
    job_family_id bigint not null references job_family (id),
    primary key (spontaneous_id, job_family_id)
);
