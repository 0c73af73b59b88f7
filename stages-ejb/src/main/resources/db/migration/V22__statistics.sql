-- Statistics (issue 25). On each application, the first answer the candidate had (an invitation, an acceptance
-- or a rejection) and the first time the direction shortlisted it or went further: the response times and the
-- funnel read them on the application's own row instead of going through its history for every dashboard.
alter table application add column answered_at timestamp;
alter table application add column shortlisted_at timestamp;
update application set answered_at = (select min(e.occurred_at) from application_event e
    where e.application_id = application.id and e.status_to in ('INVITED', 'ACCEPTED', 'REJECTED'));
update application set answered_at = status_changed_at
    where answered_at is null and status in ('INVITED', 'ACCEPTED', 'REJECTED');
update application set shortlisted_at = (select min(e.occurred_at) from application_event e
    where e.application_id = application.id and e.status_to in ('SHORTLISTED', 'INVITED', 'ACCEPTED'));
update application set shortlisted_at = status_changed_at
    where shortlisted_at is null and status in ('SHORTLISTED', 'INVITED', 'ACCEPTED');
-- (a dashboard reads a period of applications and of offers by their publication: application_received_idx,
-- V12, and offer_published_at_idx, V1)

-- The number of interns the city means to host in a school year (the internship office sets it).
create table intern_target (
    school_year integer primary key,
    interns integer not null,
    set_by varchar(200),
    set_at timestamp not null
);
