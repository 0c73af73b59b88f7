-- Spontaneous applications sent online: the same files as applications to offers (checked PDFs in document),
-- a wished period as two dates instead of a number of weeks, what keeps a sending single (its key) and within
-- rate limits (a keyed hash of the sender's address), and the mail log's link to them (a plain id, like the
-- log's other links: the log outlives what it talks about).
alter table spontaneous_application drop column wished_weeks;
alter table spontaneous_application add column wished_end date;
alter table spontaneous_application add column convention varchar(10);
alter table spontaneous_application add column cv_id bigint;
alter table spontaneous_application add column letter_id bigint;
alter table spontaneous_application add constraint spontaneous_cv_fk foreign key (cv_id) references document (id);
alter table spontaneous_application add constraint spontaneous_letter_fk foreign key (letter_id) references document (id);
alter table spontaneous_application add column submission varchar(40);
alter table spontaneous_application add column client_hash varchar(64);

create unique index spontaneous_submission_uq on spontaneous_application (submission);
create index spontaneous_email_idx on spontaneous_application (email, received_at);
create index spontaneous_client_idx on spontaneous_application (client_hash, received_at);
create index spontaneous_received_idx on spontaneous_application (received_at);

alter table mail add column spontaneous_id bigint;
create index mail_spontaneous_idx on mail (spontaneous_id);
