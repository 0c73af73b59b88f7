-- How many times a mail's SMTP conversation was cut by a stop of the server before its outcome was recorded. Such
-- a mail goes again (at least once rather than never) and may have reached its recipient twice, with the same
-- Message-ID: the office sees it, and the crash test checks that every mail received twice is one of these.
alter table mail add column interruptions integer default 0 not null;
