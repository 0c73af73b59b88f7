-- B1: the SQL behind S3, an offer online with its direction, service, job family and place, by a random id
-- among the dataset's offers online (pgbench -D first=1100000 -D count=150|10000)
\set id random(:first, :first + :count - 1)
select o.*, d.code, d.name, s.name, f.name, p.code, p.name, p.postal_code
from offer o join direction d on d.id = o.direction_id left join service s on s.id = o.service_id
join job_family f on f.id = o.job_family_id join place p on p.id = o.place_id
where o.id = :id and o.status = 'PUBLISHED';
