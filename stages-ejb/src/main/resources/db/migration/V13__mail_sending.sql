-- A mail is claimed (SENDING) in a transaction of its own before the SMTP conversation and recorded after it,
-- so that two deliveries of its message never send it twice, and a server that stops in between leaves a row
-- that says so: the sweeper (MailSweeper) sends again, after a while, mails left SENDING or QUEUED without a
-- message on its way. claimed_at is when the claim was made.
alter table mail add column claimed_at timestamp;
alter table mail drop constraint mail_status_check;
alter table mail add constraint mail_status_check check (status in ('QUEUED', 'SENDING', 'SENT', 'FAILED'));
