-- Audience measured on the server (issue 25), within the CNIL's exemption for audience measurement: counts by
-- day and nothing else — no cookie is set, no address, browser or person is kept. Counted in memory and added
-- here about once a minute (statistics.boundary.Audience).

-- Views of the search page (offer_id 0) and of each offer's page.
create table audience_view (
    counted_on date not null,
    offer_id bigint not null,
    views bigint not null,
    primary key (counted_on, offer_id)
);

-- Keywords of searches that found nothing or almost nothing (at most two offers for those words alone), as typed
-- once lowercased; words that could name a person's address or telephone are never kept (Audience).
create table search_gap (
    counted_on date not null,
    keywords varchar(100) not null,
    searches bigint not null,
    results integer not null,
    primary key (counted_on, keywords)
);

-- Searches narrowed to a job family: demand for it, next to the places offered.
create table search_family (
    counted_on date not null,
    job_family_id bigint not null,
    searches bigint not null,
    primary key (counted_on, job_family_id)
);
