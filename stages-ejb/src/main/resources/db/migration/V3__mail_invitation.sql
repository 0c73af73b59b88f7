-- An interview invitation keeps, in its log row, what it invited to: the mail can be rendered (and resent)
-- from the row alone, and the log shows what the candidate was told.
alter table mail add column event_start timestamp;
alter table mail add column event_minutes integer;
alter table mail add column event_location varchar(300);
alter table mail add column message varchar(5000);
