-- A contact message has the subject its agent wrote; other kinds take theirs from the templates.
alter table mail add column subject varchar(200);
