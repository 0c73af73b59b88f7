-- S7: a candidate with 50 applications, each to another offer online, in every status, with the receipt mailed
-- for each (« Mes candidatures » lists them all with their mails). Ids far above the sequences' range; run on
-- the bench database only. The candidate signs in with the address (bench/candidate-session.py).
insert into application (id, reference, offer_id, status, first_name, last_name, email, phone, school, course,
                         education_level, message, language, received_at, status_changed_at, talent_pool)
select 910000000 + n, 'C-CAND' || lpad(n::text, 5, '0'), o.id,
       (array['RECEIVED','READ','SHORTLISTED','REJECTED','ACCEPTED','WITHDRAWN'])[1 + n % 6],
       'Inès', 'Banc', 'bench.candidat@etudiant.example', '06 00 00 00 00', 'Université de Paris', 'Master 2',
       'BAC_5', 'Madame, Monsieur, votre offre correspond à mon projet.', 'fr',
       now() - n * interval '6 hour', now() - n * interval '3 hour', false
from (select id, row_number() over (order by id) as n from offer where status = 'PUBLISHED' order by id limit 50) o;

insert into mail (id, version, kind, recipient, language, offer_id, application_id, status, attempts, interruptions,
                  queued_at, sent_at)
select a.id, 2, 'APPLICATION_RECEIVED', a.email, 'fr', a.offer_id, a.id, 'SENT', 1, 0,
       a.received_at, a.received_at + interval '2 second'
from application a where a.email = 'bench.candidat@etudiant.example';
