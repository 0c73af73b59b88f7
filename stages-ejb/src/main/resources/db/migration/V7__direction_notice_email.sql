-- The address a direction designates to receive, besides each offer's author, a notice of every application
-- to its offers (a shared mailbox of its internship correspondents, for instance). Optional.
alter table direction add column notice_email varchar(254);
