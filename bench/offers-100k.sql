-- 100,000 offers (10,000 published) built from the demo offers' texts, for a search benchmark
with base as (
  select row_number() over (order by id) - 1 as n, title, missions, profile, direction_id, service_id, job_family_id,
         place_id, address, duration_weeks, weekly_hours, paid, education_level, remote_possible, positions, contact_email
  from offer),
k as (select count(*) as c from base),
places as (select row_number() over (order by id) - 1 as n, id from place),
pc as (select count(*) as c from places)
insert into offer (id, version, reference, status, title, missions, profile, direction_id, service_id, job_family_id,
  place_id, address, start_date, duration_weeks, weekly_hours, paid, education_level, remote_possible, positions,
  application_deadline, contact_email, author_id, created_at, updated_at, published_at)
select 10000000 + i, 0, 'BENCH-' || i,
       case when i % 10 = 0 then 'PUBLISHED' when i % 10 in (1,2,3) then 'EXPIRED' when i % 10 in (4,5) then 'FILLED'
            when i % 10 in (6,7) then 'DRAFT' else 'UNPUBLISHED' end,
       b.title || ' (' || (i % 1000) || ')', b.missions, b.profile, b.direction_id, b.service_id, b.job_family_id,
       (select id from places where n = i % (select c from pc)), b.address,
       current_date + 30 + (i % 150), b.duration_weeks, b.weekly_hours, b.paid, b.education_level,
       (i % 3 = 0), b.positions,
       case when i % 10 = 0 then current_date + 1 + (i % 60) else current_date - 1 - (i % 300) end,
       b.contact_email, null, now() - ((i % 200) || ' days')::interval, now() - ((i % 100) || ' days')::interval,
       case when i % 10 in (6,7) then null else now() - ((i % 90) || ' days')::interval - ((i % 1440) || ' minutes')::interval end
from generate_series(1, 100000) as i
join base b on b.n = i % (select c from k);
analyze offer;
