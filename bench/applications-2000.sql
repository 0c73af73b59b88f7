-- 2 000 applications to one offer (psql -v offer=<id>), each with its own CV (a copy of a demo CV), received over
-- the last 40 days; 500 of them from « Université Bench-500 », which the bulk rejection bench filters on.
-- Ids far above the sequences' range; run on the bench database only.
insert into document (id, kind, file_name, size_bytes, sha256, content, created_at)
select 900000000 + g, 'CV', 'CV-bench-' || g || '.pdf', d.size_bytes, d.sha256, d.content, now()
from generate_series(1, 2000) g,
     (select * from document where kind = 'CV' order by id limit 1) d;

insert into application (id, reference, offer_id, status, first_name, last_name, email, phone, school, course,
                         education_level, message, language, received_at, status_changed_at, cv_id, talent_pool)
select 900000000 + g, 'C-BENCH' || lpad(g::text, 5, '0'), :offer, 'RECEIVED',
       (array['Léa','Hugo','Inès','Lucas','Chloé','Adam','Jade','Nathan'])[1 + g % 8],
       'Banc' || g, 'banc' || g || '@rejet-bench.example', '06 00 00 00 00',
       case when g <= 500 then 'Université Bench-500' else 'Université de Paris ' || (g % 13) end,
       'Master ' || (g % 7), (array['BAC_2','BAC_3','BAC_4','BAC_5'])[1 + g % 4],
       'Madame, Monsieur, votre offre correspond à mon projet.', case when g % 10 = 0 then 'en' else 'fr' end,
       now() - (g % 40) * interval '1 day' - (g % 24) * interval '1 hour',
       now() - (g % 40) * interval '1 day' - (g % 24) * interval '1 hour',
       900000000 + g, false
from generate_series(1, 2000) g;
