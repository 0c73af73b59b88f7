-- S8 (issue 24): the morning run of the search alerts at national volume. 2,000 offers published over the last
-- 23 hours (copies of the dataset's online offers: their titles, families, directions, levels), and 200,000
-- confirmed alerts due this morning (daily ones last sent a day ago, weekly ones a week ago), on searches drawn
-- from the words of the offers' titles and the filters candidates use most (level, direction), some with two
-- words: a few thousand distinct searches, as many alert addresses. Paris time, as the platform dates things.
begin;
with online as (
    select row_number() over (order by id) - 1 as n, o.*
    from offer o where o.status = 'PUBLISHED' and o.application_deadline >= current_date
), total as (select count(*) as c from online)
insert into offer (id, version, reference, status, title, missions, profile, direction_id, service_id,
                   job_family_id, place_id, address, start_date, duration_weeks, weekly_hours, paid, education_level,
                   remote_possible, positions, application_deadline, contact_email, author_id, created_at, updated_at,
                   published_at)
select 50000000 + g, 1, 'BENCH-N' || lpad(g::text, 5, '0'), 'PUBLISHED', o.title, o.missions, o.profile,
       o.direction_id, o.service_id, o.job_family_id, o.place_id, o.address, o.start_date, o.duration_weeks,
       o.weekly_hours, o.paid, o.education_level, o.remote_possible, o.positions, o.application_deadline,
       o.contact_email, null,
       (now() at time zone 'Europe/Paris') - interval '1 day',
       (now() at time zone 'Europe/Paris') - (g * interval '41 seconds'),
       (now() at time zone 'Europe/Paris') - (g * interval '41 seconds')
from generate_series(0, 1999) g cross join total join online o on o.n = g % total.c;

with words as (
    select array['climat', 'archives', 'mus%C3%A9es', 'jeunesse', 'patrimoine', 'seniors', 'handicap', 'budget',
                 'piscines', 'jardins', 'urbanisme', 'donn%C3%A9es', 'communication', 'sport', 'sant%C3%A9',
                 'logement', 'mobilit%C3%A9s', 'solidarit%C3%A9s', '%C3%A9v%C3%A9nementiel', '%C3%A9clairage',
                 'biblioth%C3%A8ques', 'conservatoires', 'enfance', 'air', 'chaleur', 'alimentation', 'civil',
                 'accueil', 'propret%C3%A9', 'v%C3%A9g%C3%A9talisation'] as w,
           array['BAC', 'BAC_2', 'BAC_3', 'BAC_4', 'BAC_5', 'CAP_BEP', 'LYCEE_2NDE', 'COLLEGE_3E'] as l,
           (select array_agg(code order by code) from direction) as d
)
insert into search_alert (id, email, name, query, frequency, language, created_at, confirmed_at, last_run_at)
select 60000000 + g, 'alerte' || g || '@alertes-banc.example', 'Alerte ' || g,
       case g % 10
           when 0 then 'q=' || w[1 + g % 30]
           when 1 then 'q=' || w[1 + (g / 10) % 30]
           when 2 then 'q=' || w[1 + g % 30] || '+' || w[1 + (g / 30) % 30]
           when 3 then 'q=' || w[1 + (g / 7) % 30] || '+' || w[1 + (g / 210) % 30]
           when 4 then 'q=' || w[1 + g % 30] || '&niveau=' || l[1 + (g / 30) % 8]
           when 5 then 'q=' || w[1 + (g / 3) % 30] || '&niveau=' || l[1 + g % 8]
           when 6 then 'q=' || w[1 + (g / 11) % 30] || '&direction=' || d[1 + g % array_length(d, 1)]
           when 7 then 'direction=' || d[1 + (g / 10) % array_length(d, 1)] || '&niveau=' || l[1 + g % 8]
           when 8 then 'niveau=' || l[1 + (g / 10) % 8] || '&teletravail=oui'
           else 'direction=' || d[1 + (g / 10) % array_length(d, 1)] || '&gratification=oui'
       end,
       case when g % 5 = 0 then 'WEEKLY' else 'DAILY' end,
       case when g % 20 = 0 then 'en' else 'fr' end,
       (now() at time zone 'Europe/Paris') - interval '30 days',
       (now() at time zone 'Europe/Paris') - interval '30 days',
       (now() at time zone 'Europe/Paris') - case when g % 5 = 0 then interval '7 days' else interval '1 day' end
from generate_series(0, 199999) g cross join words;
commit;
select count(*) || ' alertes, ' || count(distinct query) || ' recherches distinctes' from search_alert;
